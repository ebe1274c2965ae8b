package eu.tibs.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * What an erased company is called instead of its name and registry id. A sole trader's name and registry id are
 * personal data, so every erased company gets them replaced, whatever its legal form.
 */
public final class Anonymisation {
    static final String REGISTRY_ID_PREFIX = "ERASED-";
    /** Fits the 40 characters of a registry id with the prefix. */
    private static final int HASH_HEX_LENGTH = 32;

    private Anonymisation() {
    }

    /** "Erased company 1a2b3c4d": tells erased companies apart in lists without naming anyone. */
    public static String companyLabel(UUID companyId) {
        return "Erased company " + companyId.toString().substring(0, 8);
    }

    /**
     * A one-way hash of the registry id, so that the unique (country, registry id) key holds and the company can
     * apply again under its real id. Unsalted: registry ids are public registers' keys, the hash only keeps them off
     * screens and exports.
     */
    public static String registryId(String country, String registryId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((country + ":" + registryId).getBytes(StandardCharsets.UTF_8));
            return REGISTRY_ID_PREFIX + HexFormat.of().formatHex(digest).substring(0, HASH_HEX_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
