package eu.tibs.security;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is calling, as far as access rules care: the regions they broker for and the roles they hold. */
public record Actor(String userId, List<String> groups) {

    public static final String ROLE_BROKER = "BROKER";
    public static final String ROLE_COORDINATOR = "COORDINATOR";
    public static final String ROLE_PROJECT_LEAD = "PROJECT_LEAD";
    public static final String ROLE_ADMIN = "ADMIN";

    public Actor {
        groups = List.copyOf(groups);
    }

    /** The region codes this actor brokers for, upper case as in the code list. */
    public Set<String> brokerRegions() {
        return groups.stream().map(BrokerGroups::regionOf).flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isCoordinator() {
        return groups.contains(BrokerGroups.COORDINATORS);
    }

    public boolean isProjectLead() {
        return groups.contains(BrokerGroups.PROJECT_LEADS);
    }

    public boolean isAdmin() {
        return groups.contains(BrokerGroups.ADMINS);
    }

    /** Coordinators, project leads and admins read every region. */
    public boolean readsEveryRegion() {
        return isCoordinator() || isProjectLead() || isAdmin();
    }

    /** The Spring Security roles of the groups. */
    public Set<String> roles() {
        var roles = new HashSet<String>();
        if (!brokerRegions().isEmpty()) {
            roles.add(ROLE_BROKER);
        }
        if (isCoordinator()) {
            roles.add(ROLE_COORDINATOR);
        }
        if (isProjectLead()) {
            roles.add(ROLE_PROJECT_LEAD);
        }
        if (isAdmin()) {
            roles.add(ROLE_ADMIN);
        }
        return roles;
    }
}
