package eu.tibs.notification;

import java.util.Map;
import java.util.UUID;

/**
 * A message to write to the outbox, before rendering.
 *
 * @param language         the language wished for; English when the kind has no template in it
 * @param companyId        the company the message is to or about, for export and erasure; null for none
 * @param partnerCompanyId the other company whose data the message shows, such as its contact; null for none
 */
record Message(NotificationKind kind, String recipient, String language, Map<String, String> values, UUID caseId,
               UUID companyId, UUID partnerCompanyId) {
}
