package eu.tibs.security;

import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine settings the access rules rely on: candidate groups work their tasks (claim, complete) but do not update
 * them, and a user's wrong passwords never lock or slow that user, since anyone can type them; {@link LoginThrottle}
 * slows the address that sends them instead.
 */
@Component
class EngineSecuritySettings extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDefaultUserPermissionNameForTask(TaskPermissions.TASK_WORK.getName());
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayBase(0);
        configuration.setLoginDelayFactor(0);
        configuration.setLoginDelayMaxTime(0);
    }
}
