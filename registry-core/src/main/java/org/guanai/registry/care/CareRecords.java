package org.guanai.registry.care;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.person.ConcurrentEditException;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.PhoneRule;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How an edited care record (a place, a carer) is written: made with its time stamps, changed only at the version the
 * user read (optimistic locking), each change audited.
 */
@Component
class CareRecords {

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditService audit;
    private final Clock clock;

    CareRecords(NamedParameterJdbcTemplate jdbc, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Runs {@code insert} (returning the id) with {@code :now}; audits the new record. */
    long create(String objectType, String insert, MapSqlParameterSource values) {
        Long id = jdbc.queryForObject(insert, values.addValue("now", Timestamp.from(clock.instant())), Long.class);
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, objectType, id, "created");
        return id;
    }

    /**
     * Runs {@code update} (which sets {@code version = version + 1} where {@code id = :id and version = :version})
     * with {@code :now}; nothing changed means someone saved since the user read it.
     */
    void update(String objectType, long id, long version, String update, MapSqlParameterSource values) {
        int changed = jdbc.update(update, values.addValue("now", Timestamp.from(clock.instant())).addValue("id", id)
                .addValue("version", version));
        if (changed == 0) {
            throw new ConcurrentEditException(List.of());
        }
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, objectType, id, "updated");
    }

    /** Refuses, next to the field, a phone number that breaks the project's one phone rule. */
    static void requirePhone(String phone) {
        List<FieldProblem> problems = new ArrayList<>();
        PhoneRule.check("phone", phone, problems);
        if (!problems.isEmpty()) {
            throw CareRefusedException.ofField("phone", "care.error.phone");
        }
    }

    /** The one record found, or the 404 of a record that does not exist. */
    static <T> T one(List<T> found, String objectType, long id) {
        if (found.isEmpty()) {
            throw new OutsideJurisdictionException(objectType + " " + id);
        }
        return found.get(0);
    }
}
