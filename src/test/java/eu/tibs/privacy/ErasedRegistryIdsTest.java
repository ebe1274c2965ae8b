package eu.tibs.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErasedRegistryIdsTest {
    private final ErasedRegistryIds ids = new ErasedRegistryIds(new ErasureSettings("a-test-secret-of-at-least-32-characters"));

    @Test
    void theRegistryIdBecomesAStableHashThatFitsTheColumn() {
        String hashed = ids.of("PL", "PL1234567890");
        assertThat(hashed).startsWith("ERASED-").hasSizeLessThanOrEqualTo(40).doesNotContain("1234567890")
                .isEqualTo(ids.of("PL", "PL1234567890"));
    }

    @Test
    void theSameRegistryIdInAnotherCountryHashesDifferently() {
        assertThat(ids.of("PL", "12345")).isNotEqualTo(ids.of("LT", "12345"));
    }

    @Test
    void withoutTheKeyNoOneCanHashEveryShortIdAndFindTheErasedOne() throws Exception {
        byte[] unkeyed = MessageDigest.getInstance("SHA-256").digest("PL:12345".getBytes(StandardCharsets.UTF_8));
        assertThat(ids.of("PL", "12345")).isNotEqualTo("ERASED-" + HexFormat.of().formatHex(unkeyed).substring(0, 32));
        var otherKey = new ErasedRegistryIds(new ErasureSettings("another-secret-of-at-least-32-characters"));
        assertThat(otherKey.of("PL", "12345")).isNotEqualTo(ids.of("PL", "12345"));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new ErasureSettings("short")).hasMessageContaining("TIBS_ERASURE_SECRET");
    }
}
