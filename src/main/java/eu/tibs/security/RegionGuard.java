package eu.tibs.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.tibs.reference.ReferenceData;
import eu.tibs.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The region rule of our API: brokers see their own region's companies and cases and those of proposals addressed to
 * their region; coordinators, project leads and admins read all; only the home region's brokers (and admins) change
 * data. What a caller may not see does not exist for them: 404, never 403 with the data's existence confirmed.
 */
@Component
public class RegionGuard {
    private final List<CrossBorderParticipation> participation;
    private final ReferenceData referenceData;

    RegionGuard(List<CrossBorderParticipation> participation, ReferenceData referenceData) {
        this.participation = participation;
        this.referenceData = referenceData;
    }

    public Actor actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getDetails() instanceof Actor actor) {
            return actor;
        }
        return new Actor("anonymous", List.of());
    }

    /** The home regions whose data the caller may list, or null for every region. */
    public Collection<String> listableRegions(Collection<String> requested) {
        var actor = actor();
        if (actor.readsEveryRegion()) {
            return requested;
        }
        Set<String> own = actor.brokerRegions();
        return requested == null ? own : requested.stream().filter(own::contains).toList();
    }

    /** Throws 404 unless the caller may read a company of this home region. */
    public void requireReadableCompany(UUID companyId, String homeRegion) {
        var actor = actor();
        if (!readsRegion(actor, homeRegion) && participation.stream().noneMatch(
                p -> p.companyTakesPartWith(companyId, actor.brokerRegions()))) {
            throw new NotFoundException("Company", companyId);
        }
    }

    /** Throws 404 unless the caller may read a case of this home region. */
    public void requireReadableCase(UUID caseId, String homeRegion) {
        var actor = actor();
        if (!readsRegion(actor, homeRegion) && participation.stream().noneMatch(
                p -> p.caseTakesPartWith(caseId, actor.brokerRegions()))) {
            throw new NotFoundException("Case", caseId);
        }
    }

    /**
     * Throws 403 unless the caller is a broker of this region or an admin. An unknown region passes, so that the
     * domain check names it as bad input.
     */
    public void requireBrokerOf(String homeRegion) {
        var actor = actor();
        if (!actor.isAdmin() && !actor.brokerRegions().contains(homeRegion)
                && referenceData.region(homeRegion).isPresent()) {
            throw new AccessDeniedException("Only brokers of " + homeRegion + " change its data");
        }
    }

    private static boolean readsRegion(Actor actor, String region) {
        return actor.readsEveryRegion() || actor.brokerRegions().contains(region);
    }
}
