package eu.tibs.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Runs a Spring Boot test on the default (demo) profile with a private in-memory H2 instead of the file, and the
 * demo's mailbox folder under target/.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:tibs-it;DB_CLOSE_DELAY=-1",
        "tibs.notifications.mailbox=target/mailbox"})
public @interface OnH2 {
}
