package org.guanai.registry.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditRepository extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
            where (e.countyCode between :lowestCode and :highestCode or (:installationRows = true and e.countyCode is null))
              and (:username is null or lower(e.actorUsername) = lower(cast(:username as string)))
              and (:action is null or e.action = :action)
              and (:outcome is null or e.outcome = :outcome)
              and e.occurredAt >= :from and e.occurredAt < :to
            order by e.occurredAt desc, e.id desc
            """)
    Page<AuditEvent> search(String lowestCode, String highestCode, boolean installationRows, String username,
            AuditAction action, AuditOutcome outcome, Instant from, Instant to, Pageable pageable);

    @Query("""
            select count(e) from AuditEvent e
            where e.ip = :ip and e.action = AuditAction.LOGIN
              and e.outcome = AuditOutcome.FAILURE and e.occurredAt >= :since
            """)
    long countLoginFailuresFromIp(String ip, Instant since);

    @Query("select count(e) from AuditEvent e where e.actorUsername = :username and e.action = :action "
            + "and e.occurredAt >= :since")
    long countSince(String username, AuditAction action, Instant since);

    List<AuditEvent> findByActionAndCountyCodeAndOccurredAtGreaterThanEqualOrderByOccurredAtDesc(
            AuditAction action, String countyCode, Instant since);
}
