package eu.tibs.companylink;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompanyLinksTest {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final LinkSettings SETTINGS = new LinkSettings("a-test-secret-of-at-least-32-characters",
            "https://tibs.example", Duration.ofDays(30));
    static final UUID CASE = UUID.randomUUID();
    static final UUID COMPANY = UUID.randomUUID();

    private final CompanyLinks links = new CompanyLinks(SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aSignedLinkNamesItsCaseAndCompanyUntilItExpires() {
        var link = links.verify(links.token(CASE, COMPANY)).orElseThrow();
        assertThat(link).isEqualTo(new CompanyLink(CASE, COMPANY, NOW.plus(Duration.ofDays(30))));
        assertThat(link.isExpiredAt(NOW.plus(Duration.ofDays(29)))).isFalse();
        assertThat(link.isExpiredAt(NOW.plus(Duration.ofDays(30)))).isTrue();
        assertThat(links.linkFor(CASE, COMPANY)).startsWith("https://tibs.example/public/company.html#");
    }

    @Test
    void aChangedTokenIsNotGenuine() {
        String token = links.token(CASE, COMPANY);
        String otherCase = links.token(UUID.randomUUID(), COMPANY);
        String forged = otherCase.substring(0, otherCase.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThat(links.verify(forged)).isEmpty();
        char last = token.charAt(token.length() - 1);
        assertThat(links.verify(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
        assertThat(links.verify("not-a-token")).isEmpty();
        assertThat(links.verify("%%%.###")).isEmpty();
    }

    @Test
    void aLinkSignedWithAnotherSecretIsNotGenuine() {
        var other = new CompanyLinks(new LinkSettings("another-secret-of-at-least-32-characters", "https://x",
                Duration.ofDays(30)), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(links.verify(other.token(CASE, COMPANY))).isEmpty();
    }

    @Test
    void aGenuineTokenWithAnExpiryBeyondAnyDateIsNotALink() throws Exception {
        var payload = ByteBuffer.allocate(40).putLong(1).putLong(2).putLong(3).putLong(4).putLong(Long.MAX_VALUE).array();
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SETTINGS.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        var base64 = Base64.getUrlEncoder().withoutPadding();
        assertThat(links.verify(base64.encodeToString(payload) + "." + base64.encodeToString(mac.doFinal(payload))))
                .isEmpty();
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new LinkSettings("short", "https://x", Duration.ofDays(1)))
                .hasMessageContaining("TIBS_LINKS_SECRET");
    }
}
