/**
 * The audit trail: who read or changed which company, profile or case, and when. Every request to our API under
 * {@code /api/**} that names a company or case in its path is recorded with one insert, whatever controller answers
 * it, so new endpoints are covered without code of their own; export and erasure are marked with {@link
 * eu.tibs.audit.AuditedAs}. Coordinators query it at {@code GET /api/audit}; requests to the audit trail itself are
 * not recorded. Camunda's {@code /engine-rest} and webapps are not Spring MVC: the engine's own user operation log
 * records what users do there.
 *
 * <p>Retention: entries hold user ids of staff and ids of companies and cases, no contact data, so erasure leaves
 * them. They are kept as long as the cases they concern (five years, the process history's time to live) and then
 * deleted by operations with {@code delete from audit_entry where occurred_at < ?}; nothing deletes them earlier.
 */
package eu.tibs.audit;
