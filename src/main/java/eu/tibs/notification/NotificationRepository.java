package eu.tibs.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

    @Query("select n.id from Notification n where n.status = eu.tibs.notification.NotificationStatus.PENDING"
            + " and n.nextAttemptAt <= :now and (n.claimedUntil is null or n.claimedUntil < :now)"
            + " order by n.nextAttemptAt, n.id")
    /** Ordered by id too, so that two nodes claiming at once take their locks in the same order. */
    List<UUID> findDue(@Param("now") Instant now, Pageable page);

    /**
     * Claims a due message for one node. The update locks the row, and a concurrent claim waits for that lock and then
     * finds the condition false: of two nodes exactly one gets 1.
     */
    @Modifying
    @Query("update Notification n set n.claimedBy = :node, n.claimedUntil = :until, n.version = n.version + 1"
            + " where n.id = :id"
            + " and n.status = eu.tibs.notification.NotificationStatus.PENDING and n.nextAttemptAt <= :now"
            + " and (n.claimedUntil is null or n.claimedUntil < :now)")
    int claim(@Param("id") UUID id, @Param("node") String node, @Param("until") Instant until,
              @Param("now") Instant now);

    /**
     * Renews this node's claim just before a send, if it still holds it: a claim that ran out while the mail server
     * was slow to answer the batch's earlier messages may have passed to another node, which then sends it instead.
     */
    @Modifying
    @Query("update Notification n set n.claimedUntil = :until, n.version = n.version + 1 where n.id = :id"
            + " and n.status = eu.tibs.notification.NotificationStatus.PENDING and n.claimedBy = :node"
            + " and n.claimedUntil >= :now")
    int renewClaim(@Param("id") UUID id, @Param("node") String node, @Param("until") Instant until,
                   @Param("now") Instant now);

    List<Notification> findByStatusOrderByCreatedAtDesc(NotificationStatus status, Pageable page);

    List<Notification> findAllByOrderByCreatedAtDesc(Pageable page);

    @Query("select n from Notification n where n.companyId in :companies or n.partnerCompanyId in :companies"
            + " order by n.createdAt")
    List<Notification> findAbout(@Param("companies") Collection<UUID> companies);

    List<Notification> findByCaseIdOrderByCreatedAt(UUID caseId);

    @Modifying
    @Query("delete from Notification n where n.companyId = :company or n.partnerCompanyId = :company")
    int deleteAbout(@Param("company") UUID company);
}
