package eu.tibs.companylink;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Personal links for companies.
 *
 * @param secret   the key links are signed with; whoever knows it can make links, so it comes from the environment
 * @param baseUrl  the address of TIBS as companies reach it
 * @param validity how long a link opens its page
 */
@ConfigurationProperties("tibs.links")
record LinkSettings(String secret, String baseUrl, Duration validity) {
    static final int MIN_SECRET_LENGTH = 32;

    LinkSettings {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("tibs.links.secret (TIBS_LINKS_SECRET) must have at least "
                    + MIN_SECRET_LENGTH + " characters");
        }
    }
}
