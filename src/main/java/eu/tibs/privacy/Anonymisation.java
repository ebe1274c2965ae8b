package eu.tibs.privacy;

import java.util.UUID;

/**
 * What an erased company is called instead of its name (its registry id: {@link ErasedRegistryIds}). A sole trader's name and registry id are
 * personal data, so every erased company gets them replaced, whatever its legal form.
 */
public final class Anonymisation {
    private Anonymisation() {
    }

    /** "Erased company 1a2b3c4d": tells erased companies apart in lists without naming anyone. */
    public static String companyLabel(UUID companyId) {
        return "Erased company " + companyId.toString().substring(0, 8);
    }
}
