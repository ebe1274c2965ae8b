package eu.tibs.profile;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A cooperation profile as the needs analysis records it. */
record ProfileRequest(
        @Min(1) @Max(5) Integer readiness,
        @NotEmpty @Size(max = 9) List<@Valid @NotNull Component> valueChain,
        @Size(max = 8) Set<@NotBlank String> s3Domains,
        @Size(max = 7) Set<@NotBlank String> cooperationTypes,
        @Size(max = 30) Set<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as DK") String> targetCountries) {

    /** Needs and offers in one value-chain component. */
    record Component(
            @NotBlank String component,
            @Min(1) @Max(5) Integer state,
            @Size(max = 20) List<@NotBlank @Size(max = 60) @Pattern(regexp = "[^;]*", message = "may not contain ;") String> needKeywords,
            @Size(max = 2000) String needText,
            @Size(max = 20) List<@NotBlank @Size(max = 60) @Pattern(regexp = "[^;]*", message = "may not contain ;") String> offerKeywords,
            @Size(max = 2000) String offerText) {

        ValueChainEntry toEntry() {
            return new ValueChainEntry(component, state, strip(needKeywords), needText, strip(offerKeywords), offerText);
        }

        private static List<String> strip(List<String> keywords) {
            return keywords == null ? List.of() : keywords.stream().map(String::strip).toList();
        }
    }

    ProfileFacts toFacts() {
        return new ProfileFacts(readiness, valueChain.stream().map(Component::toEntry).toList(), orEmpty(s3Domains),
                orEmpty(cooperationTypes), orEmpty(targetCountries));
    }

    private static Set<String> orEmpty(Set<String> codes) {
        return codes == null ? Set.of() : codes;
    }
}
