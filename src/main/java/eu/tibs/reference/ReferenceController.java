package eu.tibs.reference;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Code lists for forms and other systems. */
@RestController
@RequestMapping("/api/reference")
@Tag(name = "Reference data")
@Validated
class ReferenceController {
    private final ReferenceData referenceData;

    ReferenceController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping("/regions")
    List<Region> regions() {
        return referenceData.regions();
    }

    @GetMapping("/s3-domains")
    List<S3Domain> s3Domains() {
        return referenceData.s3Domains();
    }

    @GetMapping("/cooperation-types")
    List<CooperationType> cooperationTypes() {
        return referenceData.cooperationTypes();
    }

    @GetMapping("/value-chain")
    List<ValueChainComponent> valueChain() {
        return referenceData.valueChain();
    }

    @GetMapping("/nace")
    List<NaceActivity> nace(@RequestParam(required = false) @Min(1) @Max(4) Integer level,
                            @RequestParam(required = false) String q,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int limit) {
        return referenceData.naceActivities(level, q, limit);
    }
}
