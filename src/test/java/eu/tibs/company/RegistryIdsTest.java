package eu.tibs.company;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"PL1234567890", "pl 123-456-78-90", "PL.123.456.78.90", " PL 123/456 7890 "})
    void writingsOfOneIdAreTheSameId(String written) {
        assertThat(RegistryIds.normalise(written)).isEqualTo("PL1234567890");
    }
}
