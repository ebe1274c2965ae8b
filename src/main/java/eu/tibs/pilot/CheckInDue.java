package eu.tibs.pilot;

import java.util.UUID;

/** Published when a pilot's check-in opens: the companies are asked how the pilot goes. */
public record CheckInDue(UUID caseId) {
}
