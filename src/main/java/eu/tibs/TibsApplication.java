package eu.tibs;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** TIBS: workflow-driven case management for transnational innovation brokerage. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TibsApplication {

    public static void main(String[] args) {
        SpringApplication.run(TibsApplication.class, args);
    }

    /** Domain rules ask the clock for "now", so that tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
