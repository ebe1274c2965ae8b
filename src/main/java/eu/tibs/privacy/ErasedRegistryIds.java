package eu.tibs.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * What an erased company's registry id becomes: a keyed hash (HMAC-SHA256), so that the unique (country, registry id)
 * key holds and the company can apply again under its real id, while no one without the key can tell which id it was.
 */
@Component
public class ErasedRegistryIds {
    static final String PREFIX = "ERASED-";
    /** Fits the 40 characters of a registry id with the prefix. */
    private static final int HASH_HEX_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    ErasedRegistryIds(ErasureSettings settings) {
        this.key = new SecretKeySpec(settings.registryIdSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String of(String country, String registryId) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((country + ":" + registryId).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest).substring(0, HASH_HEX_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
