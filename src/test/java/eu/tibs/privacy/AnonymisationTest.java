package eu.tibs.privacy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymisationTest {
    private static final UUID COMPANY = UUID.fromString("1a2b3c4d-0000-4000-8000-000000000001");

    @Test
    void anErasedCompanyIsLabelledByItsShortId() {
        assertThat(Anonymisation.companyLabel(COMPANY)).isEqualTo("Erased company 1a2b3c4d");
    }

    @Test
    void theRegistryIdBecomesAStableHashThatFitsTheColumn() {
        String hashed = Anonymisation.registryId("PL", "PL1234567890");
        assertThat(hashed).startsWith("ERASED-").hasSizeLessThanOrEqualTo(40).doesNotContain("1234567890")
                .isEqualTo(Anonymisation.registryId("PL", "PL1234567890"));
    }

    @Test
    void theSameRegistryIdInAnotherCountryHashesDifferently() {
        assertThat(Anonymisation.registryId("PL", "12345")).isNotEqualTo(Anonymisation.registryId("LT", "12345"));
    }
}
