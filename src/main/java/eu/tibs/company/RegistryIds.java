package eu.tibs.company;

import java.util.Locale;

/** Registry and VAT ids are written with and without spaces, dots and dashes; duplicates must still be found. */
final class RegistryIds {
    private RegistryIds() {
    }

    static String normalise(String registryId) {
        return registryId.replaceAll("[\\s.\\-/]", "").toUpperCase(Locale.ROOT);
    }
}
