package eu.tibs.reference;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A code with a name and a description, as the small code lists have them. */
@MappedSuperclass
public abstract class CodeListEntry {
    @Id
    private String code;
    private String name;
    private String description;

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }
}
