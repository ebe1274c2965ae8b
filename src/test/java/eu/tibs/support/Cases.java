package eu.tibs.support;

import java.util.Map;

import eu.tibs.casefile.CaseProcess.Vars;
import eu.tibs.security.BrokerGroups;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

/** A Podlaskie company's case as the processes see it: the case id as business key and routing variables only. */
public final class Cases {
    public static final String PODLASKIE_CASE = "5b0c6a1e-3f0d-4d53-9a55-0d1c2b7e4a10";
    public static final String PODLASKIE_BROKERS = BrokerGroups.of("PL-PODLASKIE");
    public static final String HAMBURG_BROKERS = BrokerGroups.of("DE-HAMBURG");
    public static final String HAMBURG_PROPOSAL = "9d7e4c2a-1b3f-4e5a-8c6d-2f1e0a9b8c7d";

    private Cases() {
    }

    /** Starts a stage of the Podlaskie case as the case process calls it, with any variables the stage needs. */
    public static ProcessInstance startPodlaskieCase(String processKey, Map<String, Object> stageVariables) {
        VariableMap variables = Variables.putValue(Vars.CASE_ID, PODLASKIE_CASE)
                .putValue(Vars.HOME_BROKER_GROUP, PODLASKIE_BROKERS);
        variables.putAll(stageVariables);
        return runtimeService().startProcessInstanceByKey(processKey, PODLASKIE_CASE, variables);
    }

    /** Starts a stage of the Podlaskie case that needs nothing but the case. */
    public static ProcessInstance startPodlaskieCase(String processKey) {
        return startPodlaskieCase(processKey, Map.of());
    }

    /** What a stage after matching also carries: the proposal both companies agreed to and the Hamburg brokers. */
    public static Map<String, Object> matchedWithHamburg() {
        return Map.of(Vars.PROPOSAL_ID, HAMBURG_PROPOSAL, Vars.COUNTERPART_BROKER_GROUP, HAMBURG_BROKERS);
    }
}
