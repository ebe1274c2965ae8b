package eu.tibs.process;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The only beans an expression in a model can name: our delegates and listeners (beans of the engine's delegate
 * types), and the beans whose calls {@link ModelExpressions} allows ({@code deadlines}, {@code caseStages}). Without
 * this the engine resolves every Spring bean, a data source or a repository included. First among the engine plugins,
 * because others add functions to the expression manager this replaces.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModelBeans extends AbstractProcessEnginePlugin {
    private static final List<Class<?>> DELEGATE_TYPES = List.of(JavaDelegate.class, ExecutionListener.class,
            TaskListener.class);

    private final ApplicationContext context;

    ModelBeans(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Map<Object, Object> beans = new Allowed();
        configuration.setBeans(beans);
        configuration.setExpressionManager(new SpringExpressionManager(context, beans));
    }

    boolean isAllowed(Object name) {
        return name instanceof String bean && context.containsBean(bean)
                && (ModelExpressions.ALLOWED_MEMBERS.containsKey(bean)
                || DELEGATE_TYPES.stream().anyMatch(type -> context.isTypeMatch(bean, type)));
    }

    /** Looks beans up when an expression names them: they are built after the engine that they use. */
    private final class Allowed extends AbstractMap<Object, Object> {
        @Override
        public boolean containsKey(Object name) {
            return isAllowed(name);
        }

        @Override
        public Object get(Object name) {
            return isAllowed(name) ? context.getBean((String) name) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return Arrays.stream(context.getBeanDefinitionNames()).filter(ModelBeans.this::isAllowed)
                    .collect(Collectors.toMap(name -> (Object) name, context::getBean)).entrySet();
        }
    }
}
