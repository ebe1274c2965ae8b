package eu.tibs.notification;

import java.util.Locale;
import java.util.Set;

/** What a message is about, whom it addresses and which values its templates may use. */
enum NotificationKind {
    BROKER_CASE_WAITING(false, "caseId", "companyName", "stage", "tasklistUrl"),
    BROKER_PROPOSAL_RECEIVED(false, "caseId", "homeRegion", "candidateName", "tasklistUrl"),
    BROKER_PROPOSAL_REMINDER(false, "caseId", "homeRegion", "candidateName", "tasklistUrl"),
    COORDINATOR_PROPOSAL_ESCALATED(false, "caseId", "homeRegion", "candidateRegion", "tasklistUrl"),
    COMPANY_INTAKE_CONFIRMATION(true, "contactName", "companyName", "link"),
    COMPANY_INFORMATION_REQUEST(true, "contactName", "companyName", "question", "link"),
    COMPANY_INTRODUCTION(true, "contactName", "companyName", "partnerName", "partnerContactName",
            "partnerContactEmail", "link"),
    COMPANY_PILOT_CHECK_IN(true, "contactName", "companyName", "partnerName", "link"),
    COMPANY_FEEDBACK_REQUEST(true, "contactName", "companyName", "partnerName", "link"),
    COMPANY_FOLLOW_UP(true, "contactName", "companyName", "partnerName", "months", "link");

    private final boolean companyFacing;
    private final Set<String> templateValues;

    NotificationKind(boolean companyFacing, String... values) {
        this.companyFacing = companyFacing;
        this.templateValues = Set.of(values);
    }

    /** Company-facing messages are written in the region's language; brokers and coordinators read English. */
    boolean isCompanyFacing() {
        return companyFacing;
    }

    Set<String> templateValues() {
        return templateValues;
    }

    /** The template file's name without the language: {@code company-intake-confirmation}. */
    String templateName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
