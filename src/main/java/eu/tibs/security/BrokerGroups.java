package eu.tibs.security;

import java.util.Locale;
import java.util.Optional;

/** The Camunda groups of the network's roles. A region's brokers share one group, derived from the region code. */
public final class BrokerGroups {
    public static final String COORDINATORS = "coordinators";
    public static final String PROJECT_LEADS = "project-leads";
    public static final String ADMINS = "camunda-admin";
    private static final String BROKER_PREFIX = "broker-";

    private BrokerGroups() {
    }

    /** The group of the brokers of a region: {@code broker-pl-podlaskie} for PL-PODLASKIE. */
    public static String of(String regionCode) {
        return BROKER_PREFIX + regionCode.toLowerCase(Locale.ROOT);
    }

    /** The region of a broker group; empty for any other group. */
    public static Optional<String> regionOf(String groupId) {
        return groupId.startsWith(BROKER_PREFIX)
                ? Optional.of(groupId.substring(BROKER_PREFIX.length()).toUpperCase(Locale.ROOT))
                : Optional.empty();
    }
}
