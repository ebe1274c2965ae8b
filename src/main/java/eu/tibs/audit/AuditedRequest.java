package eu.tibs.audit;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What one API request did to which subject, read from its path: the last company or case id in it (a company's
 * {@code /profile} is the profile), or for a creation the resource its Location header points to.
 */
record AuditedRequest(AuditAction action, SubjectType subjectType, UUID subjectId) {
    private static final Map<String, SubjectType> COLLECTIONS = Map.of(
            "companies", SubjectType.COMPANY,
            "cases", SubjectType.CASE);

    /**
     * @param location the response's Location header, or null
     * @param marked the action an endpoint is marked with ({@link AuditedAs}), or null
     */
    static Optional<AuditedRequest> of(String httpMethod, String path, String location, AuditAction marked) {
        AuditAction action = marked != null ? marked : AuditAction.of(httpMethod);
        if (action == null) {
            return Optional.empty();
        }
        if (action == AuditAction.CREATE && location != null) {
            var created = subjectOf(action, URI.create(location).getPath());
            if (created.isPresent()) {
                return created;
            }
        }
        return subjectOf(action, path);
    }

    private static Optional<AuditedRequest> subjectOf(AuditAction action, String path) {
        String[] segments = path.split("/");
        for (int i = segments.length - 2; i >= 0; i--) {
            SubjectType type = COLLECTIONS.get(segments[i]);
            Optional<UUID> id = type == null ? Optional.empty() : uuid(segments[i + 1]);
            if (id.isPresent()) {
                boolean profile = type == SubjectType.COMPANY && i + 2 < segments.length
                        && segments[i + 2].equals("profile");
                return Optional.of(new AuditedRequest(action, profile ? SubjectType.PROFILE : type, id.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<UUID> uuid(String segment) {
        try {
            return Optional.of(UUID.fromString(segment));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
