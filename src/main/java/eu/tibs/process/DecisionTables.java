package eu.tibs.process;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Evaluates the latest deployed version of a DMN table, so that a project lead's edit deployed from Cockpit or
 * Modeler takes effect at once. Runs as the engine itself: the rules decide routing, whoever triggered them.
 */
public class DecisionTables {
    private final ProcessEngineConfigurationImpl engine;

    public DecisionTables(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    /** The one matching row's outputs by name; a table without a matching row is a modelling error. */
    public Map<String, Object> evaluate(String decisionKey, Map<String, Object> inputs) {
        Command<DmnDecisionResultEntries> evaluation = context -> {
            var decision = (DecisionDefinitionEntity) context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedLatestDecisionDefinitionByKey(decisionKey);
            var result = engine.getDmnEngine().evaluateDecision(decision, inputs);
            if (result.isEmpty()) {
                throw new ProcessEngineException("Decision " + decisionKey + " has no rule for " + inputs);
            }
            return result.getFirstResult();
        };
        return engine.getCommandExecutorTxRequired().execute(evaluation);
    }
}
