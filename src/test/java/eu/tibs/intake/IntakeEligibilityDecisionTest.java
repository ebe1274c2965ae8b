package eu.tibs.intake;

import java.util.Map;

import eu.tibs.company.OrganisationType;
import eu.tibs.company.SizeClass;
import eu.tibs.support.DecisionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** intake-eligibility.dmn, row by row: who may take part in brokerage. */
class IntakeEligibilityDecisionTest {
    private final DecisionTable table = DecisionTable.of("processes/intake-eligibility.dmn",
            IntakeProcess.ELIGIBILITY_DECISION);

    @ParameterizedTest
    @EnumSource(SizeClass.class)
    void researchInstitutionsTakePartWhateverTheirSize(SizeClass size) {
        var hit = apply(OrganisationType.RESEARCH_INSTITUTION.name(), size.name());
        assertThat(hit.rules()).containsExactly("rule_researchInstitution");
        assertThat(hit.outputs()).containsEntry("eligible", true);
    }

    @ParameterizedTest
    @EnumSource(value = SizeClass.class, names = {"MICRO", "SMALL", "MEDIUM"})
    void smallAndMediumCompaniesTakePart(SizeClass size) {
        var hit = apply(OrganisationType.COMPANY.name(), size.name());
        assertThat(hit.rules()).containsExactly("rule_sme");
        assertThat(hit.outputs()).containsEntry("eligible", true);
    }

    @Test
    void largeCompaniesAreToldToApplyWithATechnologyRequest() {
        var hit = apply(OrganisationType.COMPANY.name(), SizeClass.LARGE.name());
        assertThat(hit.rules()).containsExactly("rule_large");
        assertThat(hit.outputs()).containsEntry("eligible", false);
        assertThat((String) hit.outputs().get("reason")).contains("technology request");
    }

    @Test
    void anOrganisationTheProgrammeDoesNotKnowIsRefusedWithThatReason() {
        var hit = apply("PUBLIC_AUTHORITY", SizeClass.SMALL.name());
        assertThat(hit.rules()).containsExactly("rule_otherwise");
        assertThat(hit.outputs()).containsEntry("eligible", false)
                .containsEntry("reason", "The organisation type or size is not known to the programme");
    }

    @Test
    void theTableHasTheRowsTestedHere() {
        assertThat(table.ruleIds()).containsExactly("rule_researchInstitution", "rule_sme", "rule_large",
                "rule_otherwise");
    }

    private DecisionTable.Hit apply(String organisationType, String sizeClass) {
        return table.evaluate(Map.of("organisationType", organisationType, "sizeClass", sizeClass));
    }
}
