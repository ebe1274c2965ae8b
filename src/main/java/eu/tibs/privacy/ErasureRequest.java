package eu.tibs.privacy;

import jakarta.validation.constraints.NotNull;

/** A request to erase a company's personal data. */
record ErasureRequest(@NotNull ErasureReason reason) {
}
