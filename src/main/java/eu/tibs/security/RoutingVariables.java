package eu.tibs.security;

/**
 * Variables the engine routes on or that name our records: groups ({@code homeBrokerGroup}) and ids
 * ({@code caseId}, {@code proposalId}). Only our delegates write them, from our tables; no client does, whatever the
 * form says.
 */
final class RoutingVariables {
    private RoutingVariables() {
    }

    static boolean isRouting(String name) {
        return name.endsWith("Group") || name.endsWith("Id") || name.endsWith("Ids");
    }
}
