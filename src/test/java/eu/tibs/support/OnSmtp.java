package eu.tibs.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Sends TIBS's mail to the test's {@link SmtpServer}. The test dispatches itself: the scheduled dispatcher waits an
 * hour, so that nothing is sent behind the test's back. Not beside {@link OnPostgres}, whose initializer would win:
 * that one points at the SmtpServer's port already.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = OnSmtp.Connection.class)
public @interface OnSmtp {

    /** Points Spring Mail at the test's SMTP port. */
    class Connection implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "spring.mail.host=127.0.0.1",
                    "spring.mail.port=" + SmtpServer.PORT, "tibs.notifications.poll-interval=1h");
        }
    }
}
