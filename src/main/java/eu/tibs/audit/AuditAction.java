package eu.tibs.audit;

/** What a user did to a company, profile or case. */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, EXPORT, ERASE;

    /** The action an HTTP method stands for; null for methods that neither read nor change anything. */
    static AuditAction of(String httpMethod) {
        return switch (httpMethod) {
            case "GET", "HEAD" -> READ;
            case "POST" -> CREATE;
            case "PUT", "PATCH" -> UPDATE;
            case "DELETE" -> DELETE;
            default -> null;
        };
    }
}
