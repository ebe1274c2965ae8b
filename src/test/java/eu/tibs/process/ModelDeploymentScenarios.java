package eu.tibs.process;

import java.util.Map;

import eu.tibs.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A project lead deploys from Camunda Modeler: a model that runs code of its own or reaches past the allowed beans is
 * refused with 400 naming each offending element, and never reaches the engine; a model keeping the rules deploys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ModelDeploymentScenarios {
    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    IdentityService identity;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    TestRestTemplate lead;

    @BeforeEach
    void aProjectLead() {
        lead = TestUsers.PROJECT_LEAD.ensureIn(identity).client(anonymous);
    }

    @Test
    void modelerDeploymentOfAModelThatRunsCodeIsRefusedNamingEachElement() {
        var refused = deployFromModeler("process_unsafe", Bpmn.createExecutableProcess("process_unsafe")
                .camundaHistoryTimeToLive(30).startEvent("startEvent_s")
                .serviceTask("serviceTask_readContacts")
                .camundaExpression("${execution.setVariable('x', jdbcTemplate.queryForList('select * from contact_person'))}")
                .scriptTask("scriptTask_run").scriptFormat("javascript").scriptText("1")
                .userTask("userTask_noForm").camundaCandidateGroups("broker-pl-podlaskie")
                .endEvent("endEvent_e").done());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("serviceTask_readContacts", "jdbcTemplate.queryForList",
                "execution.setVariable", "scriptTask_run", "userTask_noForm", "candidate groups");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("process_unsafe").count()).isZero();
        assertThat(repository.createDeploymentQuery().deploymentName("process_unsafe").count()).isZero();
    }

    @Test
    void modelerDeploymentOfAModelKeepingTheRulesSucceeds() {
        var deployed = deployFromModeler("process_safe", Bpmn.createExecutableProcess("process_safe")
                .camundaHistoryTimeToLive(30).startEvent("startEvent_s")
                .userTask("userTask_review").camundaFormRef("intake-review").camundaFormRefBinding("latest").camundaCandidateGroups("${homeBrokerGroup}")
                .endEvent("endEvent_e").done());

        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("process_safe").count()).isOne();
    }

    @Test
    void theJavaApiIsHeldToTheSameRules() {
        var builder = repository.createDeployment().addModelInstance("unsafe.bpmn", Bpmn
                .createExecutableProcess("process_javaApi").camundaHistoryTimeToLive(30).startEvent("startEvent_s")
                .serviceTask("serviceTask_engine").camundaExpression("${execution.processEngineServices}")
                .endEvent("endEvent_e").done());

        assertThatThrownBy(builder::deploy).isInstanceOf(ParseException.class).hasMessageContaining("serviceTask_engine");
    }

    @Test
    void anExpressionSeesOnlyTheAllowedBeans() {
        repository.createDeployment().addModelInstance("beans.bpmn", Bpmn.createExecutableProcess("process_beans")
                .camundaHistoryTimeToLive(30).startEvent("startEvent_s")
                .exclusiveGateway("gateway_bean").condition("has a data source", "${not empty jdbcTemplate}")
                .endEvent("endEvent_seen")
                .moveToLastGateway().condition("has none", "${empty jdbcTemplate}").endEvent("endEvent_unseen")
                .done()).deploy();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("process_beans")).hasMessageContaining("jdbcTemplate");
    }

    private ResponseEntity<String> deployFromModeler(String name, BpmnModelInstance model) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("deployment-name", name);
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("data", new ByteArrayResource(Bpmn.convertToString(model).getBytes()) {
            @Override
            public String getFilename() {
                return name + ".bpmn";
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return lead.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
    }
}
