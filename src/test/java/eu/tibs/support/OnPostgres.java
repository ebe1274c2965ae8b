package eu.tibs.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Runs a Spring Boot test on the real {@code postgres} profile against embedded PostgreSQL, the connection given the
 * way operators give it: as TIBS_DB_* settings.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ActiveProfiles("postgres")
// Closed before the JVM exits: a context still connected when the server stops delays the exit by 30 s.
@DirtiesContext
@ContextConfiguration(initializers = OnPostgres.Connection.class)
public @interface OnPostgres {

    /** Points the postgres profile at the embedded server. */
    class Connection implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        /** The first administrator, as an operator names it in the environment. */
        public static final String FIRST_ADMIN = "it.first.admin";
        public static final String FIRST_ADMIN_PASSWORD = "it-First-Admin-1";

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, settings());
        }

        /**
         * What the postgres profile requires. No SMTP server listens on the mail port: messages wait in the outbox,
         * unless a test starts one there.
         */
        public static String[] settings() {
            return new String[] {"TIBS_DB_URL=" + EmbeddedPostgresDatabase.jdbcUrl(), "TIBS_DB_USER=postgres",
                    "TIBS_DB_PASSWORD=postgres", "TIBS_MAIL_HOST=127.0.0.1", "TIBS_MAIL_PORT=" + SmtpServer.PORT,
                    "TIBS_MAIL_FROM=tibs@tibs.example", "TIBS_LINKS_BASE_URL=https://tibs.example",
                    "TIBS_LINKS_SECRET=a-test-secret-of-at-least-32-characters",
                    "TIBS_ERASURE_SECRET=an-erasure-secret-of-at-least-32-characters", "TIBS_ADMIN_USER=" + FIRST_ADMIN,
                    "TIBS_ADMIN_PASSWORD=" + FIRST_ADMIN_PASSWORD};
        }
    }
}
