package eu.tibs.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A NACE Rev. 2 activity: section (level 1), division (2), group (3) or class (4). */
@Entity
@Table(name = "nace_activity")
@Immutable
public class NaceActivity {
    @Id
    private String code;
    private int level;
    private String parentCode;
    private String title;
    private String includes;
    private String excludes;

    public String getCode() {
        return code;
    }

    public int getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getTitle() {
        return title;
    }

    public String getIncludes() {
        return includes;
    }

    public String getExcludes() {
        return excludes;
    }
}
