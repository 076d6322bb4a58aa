package org.guanai.registry.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditRepository extends JpaRepository<AuditEvent, Long> {

    /** The rows a reader's scope and filters match: the search's page and its count share it. */
    String MATCHES = """
            from AuditEvent e
            where (e.countyCode between :lowestCode and :highestCode or (:installationRows = true and e.countyCode is null))
              and (:username is null or lower(e.actorUsername) = lower(cast(:username as string)))
              and (:action is null or e.action = :action)
              and (:outcome is null or e.outcome = :outcome)
              and e.occurredAt >= :from and e.occurredAt < :to
            """;

    @Query("select e " + MATCHES + " order by e.occurredAt desc, e.id desc")
    List<AuditEvent> search(String lowestCode, String highestCode, boolean installationRows, String username,
            AuditAction action, AuditOutcome outcome, Instant from, Instant to, Pageable pageable);

    /** How many rows match, counted up to {@code cap}: the trail only grows, and its count grew with it. */
    @Query("select count(*) from (select e.id as id " + MATCHES + " order by e.occurredAt desc, e.id desc "
            + "limit :cap) matched") // Hibernate limits a subquery only with an order
    long countUpTo(String lowestCode, String highestCode, boolean installationRows, String username,
            AuditAction action, AuditOutcome outcome, Instant from, Instant to, int cap);

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
