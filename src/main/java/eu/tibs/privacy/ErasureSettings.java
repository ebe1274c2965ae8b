package eu.tibs.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Erasure.
 *
 * @param registryIdSecret the key erased registry ids are hashed with; registry ids are short numbers, so without a
 *                         key anyone could hash them all and find which company was erased
 */
@ConfigurationProperties("tibs.privacy")
record ErasureSettings(String registryIdSecret) {
    static final int MIN_SECRET_LENGTH = 32;

    ErasureSettings {
        if (registryIdSecret == null || registryIdSecret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("tibs.privacy.registry-id-secret (TIBS_ERASURE_SECRET) must have at least "
                    + MIN_SECRET_LENGTH + " characters");
        }
    }
}
