package eu.tibs.audit;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Read-only: entries are written by {@link AuditTrail#record} alone and never changed. */
interface AuditEntryRepository extends Repository<AuditEntry, UUID>, JpaSpecificationExecutor<AuditEntry> {
}
