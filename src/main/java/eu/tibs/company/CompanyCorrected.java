package eu.tibs.company;

import java.util.UUID;

/** Published when a broker corrects a company's data, in the transaction of the correction. */
public record CompanyCorrected(UUID companyId) {
}
