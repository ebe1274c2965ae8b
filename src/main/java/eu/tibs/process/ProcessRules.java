package eu.tibs.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The DMN-backed rules as beans that models and services name. */
@Configuration
class ProcessRules {

    @Bean
    DecisionTables decisionTables(ProcessEngine engine) {
        return new DecisionTables((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
    }

    @Bean
    Deadlines deadlines(DecisionTables tables) {
        return new Deadlines(tables);
    }
}
