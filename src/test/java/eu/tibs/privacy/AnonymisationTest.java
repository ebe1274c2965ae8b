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
}
