package eu.tibs.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and version name TIBS, not springdoc's defaults. */
@Configuration
class ApiDescription {
    @Bean
    OpenAPI tibsApi(ObjectProvider<BuildProperties> build) {
        var properties = build.getIfAvailable();
        // Without Maven's build-info (started from an IDE) the version is not known.
        var version = properties == null ? "unknown" : properties.getVersion();
        return new OpenAPI().info(new Info().title("TIBS API").version(version)
                .description("Transnational Innovation Brokerage System: companies, cooperation profiles, cases, "
                        + "matching, privacy requests and the audit trail. Every refusal is RFC 9457 problem details."));
    }
}
