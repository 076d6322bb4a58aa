package org.guanai.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class AuditTrailTest {

    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateAuditRows() {
        audit.record(new Actor(null, "trail-test", "10.0.0.1"), AuditAction.LOGOUT, "account", 1, AuditOutcome.SUCCESS,
                "x");
        long id = jdbc.queryForObject("select max(id) from audit_event where actor_username = 'trail-test'", Long.class);

        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'changed' where id = ?", id))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select detail from audit_event where id = ?", String.class, id))
                .isEqualTo("x");
    }

    @Test
    void searchFiltersByUserActionAndDate() {
        audit.record(new Actor(null, "search-test", "10.0.0.2"), AuditAction.PASSWORD_CHANGED, "account", 2,
                AuditOutcome.SUCCESS, null);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        var found = audit.search(new AuditQuery("SEARCH-test", AuditAction.PASSWORD_CHANGED, null, null, null), zone,
                PageRequest.of(0, 10));
        assertThat(found.getContent()).extracting(AuditEvent::getActorUsername).containsOnly("search-test");
        assertThat(found.getTotalElements()).isPositive();

        var none = audit.search(new AuditQuery("search-test", AuditAction.LOGIN, null, null, null), zone,
                PageRequest.of(0, 10));
        assertThat(none.getContent()).isEmpty();

        var past = audit.search(new AuditQuery("search-test", null, null, LocalDate.of(2000, 1, 1),
                LocalDate.of(2000, 1, 2)), zone, PageRequest.of(0, 10));
        assertThat(past.getContent()).isEmpty();
    }
}
