package org.guanai.registry.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditRepository extends JpaRepository<AuditEvent, Long> {

    /** The filters of the trail page, after a reader's scope: the search's page and its count share them. */
    String FILTERS = """
              and (:username is null or lower(e.actorUsername) = lower(cast(:username as string)))
              and (:action is null or e.action = :action)
              and (:outcome is null or e.outcome = :outcome)
              and e.occurredAt >= :from and e.occurredAt < :to
            """;

    /** The rows of the counties in a code range, and the installation's if asked, that match the filters. */
    String MATCHES = """
            from AuditEvent e
            where (e.countyCode between :lowestCode and :highestCode or (:installationRows = true and e.countyCode is null))
            """ + FILTERS;

    /**
     * The rows of one county that match the filters. Its code by equality, not as a range: so the county's indexes
     * give its rows newest first, and a search by action reads only that action's rows (V45).
     */
    String MATCHES_IN_COUNTY = """
            from AuditEvent e
            where e.countyCode = :county
            """ + FILTERS;

    /** Newest first, as the page lists them; the counts order too, since Hibernate limits a subquery only with one. */
    String NEWEST_FIRST = " order by e.occurredAt desc, e.id desc";

    @Query("select e " + MATCHES + NEWEST_FIRST)
    List<AuditEvent> search(String lowestCode, String highestCode, boolean installationRows, String username,
            AuditAction action, AuditOutcome outcome, Instant from, Instant to, Pageable pageable);

    /** How many rows match, counted up to {@code cap}: the trail only grows, and its count grew with it. */
    @Query("select count(*) from (select e.id as id " + MATCHES + NEWEST_FIRST + " limit :cap) matched")
    long countUpTo(String lowestCode, String highestCode, boolean installationRows, String username,
            AuditAction action, AuditOutcome outcome, Instant from, Instant to, int cap);

    @Query("select e " + MATCHES_IN_COUNTY + NEWEST_FIRST)
    List<AuditEvent> searchInCounty(String county, String username, AuditAction action, AuditOutcome outcome,
            Instant from, Instant to, Pageable pageable);

    @Query("select count(*) from (select e.id as id " + MATCHES_IN_COUNTY + NEWEST_FIRST + " limit :cap) matched")
    long countUpToInCounty(String county, String username, AuditAction action, AuditOutcome outcome, Instant from,
            Instant to, int cap);

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
