package eu.tibs.process;

import java.util.List;
import java.util.function.Consumer;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a project lead may not deploy, each problem naming the element that has it. */
class ModelRulesTest {
    private static final String FORM = "intake-review";

    @Test
    void acceptsAModelOfDelegatesFormsAndGroupsFromData() {
        assertThat(problemsOf(safe())).isEmpty();
    }

    @Test
    void refusesAnExpressionThatReachesABeanOrTheEngine() {
        var model = model(process -> process.startEvent("startEvent_s")
                .serviceTask("serviceTask_leak").camundaExpression(
                        "${execution.setVariable('x', jdbcTemplate.queryForList('select * from contact_person'))}")
                .serviceTask("serviceTask_engine").camundaDelegateExpression("${execution.processEngineServices}")
                .serviceTask("serviceTask_chain").camundaExpression("${deadlines.of('P1D').getClass()}")
                .endEvent("endEvent_e"));
        assertThat(problemsOf(model)).extracting(ModelProblem::elementId)
                .containsExactlyInAnyOrder("serviceTask_leak", "serviceTask_leak", "serviceTask_engine",
                        "serviceTask_chain");
        assertThat(messages(model)).anyMatch(message -> message.contains("jdbcTemplate.queryForList"))
                .anyMatch(message -> message.contains("execution.setVariable"));
    }

    @Test
    void acceptsTheCallsModelsMake() {
        var model = model(process -> process.startEvent("startEvent_s")
                .serviceTask("serviceTask_stage").camundaExpression("${caseStages.enter(execution, 'PILOT')}")
                .exclusiveGateway("gateway_g")
                .condition("accepted", "${execution.getVariable('intakeDecision') == 'ACCEPT' and !empty x}")
                .endEvent("endEvent_e"));
        assertThat(problemsOf(model)).isEmpty();
    }

    @Test
    void refusesScriptsAndJavaClasses() {
        var model = model(process -> process.startEvent("startEvent_s")
                .scriptTask("scriptTask_run").scriptFormat("groovy").scriptText("'rm -rf /'.execute()")
                .serviceTask("serviceTask_class").camundaClass("eu.tibs.Anything")
                .endEvent("endEvent_e"));
        assertThat(problemsOf(model)).extracting(ModelProblem::elementId)
                .contains("scriptTask_run", "serviceTask_class");
    }

    @Test
    void refusesUserTasksWithoutAFormOrWithGroupsSpelledOut() {
        var model = model(process -> process.startEvent("startEvent_s")
                .userTask("userTask_noForm").camundaCandidateGroups("${homeBrokerGroup}")
                .userTask("userTask_unknownForm").camundaFormRef("nowhere").camundaCandidateGroups("${homeBrokerGroup}")
                .userTask("userTask_named").camundaFormRef(FORM).camundaCandidateGroups("broker-pl-podlaskie")
                .userTask("userTask_embedded").camundaFormKey("embedded:app:forms/x.html")
                .camundaFormRef(FORM).camundaCandidateGroups("${homeBrokerGroup}")
                .endEvent("endEvent_e"));
        assertThat(problemsOf(model)).extracting(ModelProblem::elementId).containsExactlyInAnyOrder(
                "userTask_noForm", "userTask_unknownForm", "userTask_named", "userTask_embedded");
    }

    @Test
    void refusesAProcessWithoutHistoryTimeToLive() {
        var model = safe();
        model.getModelElementById("process_safe").setAttributeValueNs(ModelRules.CAMUNDA_NS, "historyTimeToLive", null);
        assertThat(problemsOf(model)).extracting(ModelProblem::elementId).containsExactly("process_safe");
    }

    private static BpmnModelInstance safe() {
        return model(process -> process.startEvent("startEvent_s")
                .userTask("userTask_review").camundaFormRef(FORM).camundaCandidateGroups("${homeBrokerGroup}")
                .serviceTask("serviceTask_accept").camundaDelegateExpression("${acceptApplicationDelegate}")
                .endEvent("endEvent_e"));
    }

    private static BpmnModelInstance model(Consumer<ProcessBuilder> steps) {
        var process = Bpmn.createExecutableProcess("process_safe").camundaHistoryTimeToLive(180);
        steps.accept(process);
        return process.done();
    }

    private static List<ModelProblem> problemsOf(BpmnModelInstance model) {
        return ModelRules.check(model, FORM::equals);
    }

    private static List<String> messages(BpmnModelInstance model) {
        return problemsOf(model).stream().map(ModelProblem::getMessage).toList();
    }
}
