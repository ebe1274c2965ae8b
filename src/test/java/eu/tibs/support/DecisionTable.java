package eu.tibs.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;

/** A decision table of processes/ on Camunda's standalone DMN engine: no process engine, no Spring. */
public final class DecisionTable {
    private final DmnDecision decision;
    private final DmnEngine engine;
    private DmnDecisionTableEvaluationEvent lastEvaluation;

    private DecisionTable(String resource, String decisionKey) {
        var configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> lastEvaluation = event));
        engine = configuration.buildEngine();
        try (InputStream model = DecisionTable.class.getClassLoader().getResourceAsStream(resource)) {
            decision = engine.parseDecision(decisionKey, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table as the pom puts it on the classpath, e.g. {@code processes/intake-eligibility.dmn}. */
    public static DecisionTable of(String resource, String decisionKey) {
        return new DecisionTable(resource, decisionKey);
    }

    /** The ids of the table's rows, in order. */
    public List<String> ruleIds() {
        return ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules().stream()
                .map(DmnDecisionTableRuleImpl::getId).toList();
    }

    /** Which rows the inputs hit, and the outputs of the first. */
    public Hit evaluate(Map<String, Object> inputs) {
        var result = engine.evaluateDecisionTable(decision, inputs);
        var rules = lastEvaluation.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
        return new Hit(rules, result.isEmpty() ? Map.of() : result.getFirstResult().getEntryMap());
    }

    /** The rows an evaluation hit and what the first of them gives. */
    public record Hit(List<String> rules, Map<String, Object> outputs) {
    }
}
