package org.guanai.registry.care;

import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.jurisdiction.ReadOnlyException;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionCodeRange;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Whose a care record is: a place, a carer or an activity belongs to the village or town it serves, and is seen by the
 * accounts whose region covers it; changed only by those who may change that region's people. Outside: the same
 * answer as a record that does not exist, and an audit row.
 */
@Component
public class CareScope {

    private final AuditService audit;

    CareScope(AuditService audit) {
        this.audit = audit;
    }

    /** Refuses (404, audited) a record of {@code regionCode} the jurisdiction does not cover. */
    public void requireVisible(String objectType, Object id, String regionCode, Jurisdiction jurisdiction) {
        if (!jurisdiction.coversRegion(RegionCode.of(regionCode))) {
            audit.record(AuditAction.ACCESS_DENIED, objectType, id, AuditOutcome.DENIED, "outside jurisdiction");
            throw new OutsideJurisdictionException(objectType + " " + id);
        }
    }

    /** {@link #requireVisible} and the right to change the region's records (inspectors and departments read only). */
    public void requireWritable(String objectType, Object id, String regionCode, Jurisdiction jurisdiction) {
        requireVisible(objectType, id, regionCode, jurisdiction);
        if (!jurisdiction.canChangePeople()) {
            audit.record(AuditAction.ACCESS_DENIED, objectType, id, AuditOutcome.DENIED, "change (read-only)");
            throw new ReadOnlyException(objectType);
        }
    }

    /** Who is recording, for a record's recorded_by: the signed-in user, or "system" for a job or the demo. */
    public String actor() {
        String username = audit.currentActor().username();
        return username == null ? "system" : username;
    }

    /**
     * The jurisdiction's region codes as {@code :lo}–{@code :hi} ({@link RegionCodeRange}), the form the code indexes
     * serve: a list's {@code code between :lo and :hi}; every code for a jurisdiction over every region. Nobody's
     * jurisdiction sees nothing.
     */
    public static MapSqlParameterSource codeRangeOf(Jurisdiction jurisdiction) {
        String prefix = jurisdiction.regionPrefix();
        if (prefix == null) {
            throw new OutsideJurisdictionException("care records");
        }
        return RegionCodeRange.params(prefix);
    }
}
