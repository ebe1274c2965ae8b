package eu.tibs.companylink;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Makes and checks the tokens of personal links: case id, company id and expiry, signed with HMAC-SHA256, in URL-safe
 * Base64. Nothing is stored: a token is genuine when its signature matches.
 */
@Component
public class CompanyLinks {
    /** The company's page; the token follows the '#', so it never reaches a server log or a Referer header. */
    static final String PATH = "/public/company.html#";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int PAYLOAD_BYTES = 16 + 16 + Long.BYTES;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final LinkSettings settings;
    private final SecretKeySpec key;
    private final Clock clock;

    CompanyLinks(LinkSettings settings, Clock clock) {
        this.settings = settings;
        this.key = new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = clock;
    }

    /** The address a company opens to answer in a case, valid for the configured time from now. */
    public String linkFor(UUID caseId, UUID companyId) {
        return settings.baseUrl() + PATH + token(caseId, companyId);
    }

    public String token(UUID caseId, UUID companyId) {
        var payload = ByteBuffer.allocate(PAYLOAD_BYTES)
                .putLong(caseId.getMostSignificantBits()).putLong(caseId.getLeastSignificantBits())
                .putLong(companyId.getMostSignificantBits()).putLong(companyId.getLeastSignificantBits())
                .putLong(clock.instant().plus(settings.validity()).getEpochSecond())
                .array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** What a genuinely signed token names, expired or not; empty for anything else. */
    public Optional<CompanyLink> verify(String token) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (payload.length != PAYLOAD_BYTES || !MessageDigest.isEqual(sign(payload), signature)) {
                return Optional.empty();
            }
            var data = ByteBuffer.wrap(payload);
            return Optional.of(new CompanyLink(new UUID(data.getLong(), data.getLong()),
                    new UUID(data.getLong(), data.getLong()), Instant.ofEpochSecond(data.getLong())));
        } catch (IllegalArgumentException | DateTimeException e) {
            // Not Base64, or an expiry beyond any date: only a forger with the secret writes one.
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
