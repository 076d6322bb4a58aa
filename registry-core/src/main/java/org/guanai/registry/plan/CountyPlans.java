package org.guanai.registry.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.guanai.registry.region.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which plan each county works under ({@code county_plan}: the current one and those it adopted before). Read on
 * every page for the words and the committee, so kept in memory; another node of the installation sees an adoption
 * within {@link #FRESH} (docs/decisions/033-plan-packs.md). Its reads take no transaction of their own: each is one
 * statement, and a page asks for the words with every message it shows (a read-only transaction around an answer
 * from memory cost 3 % of a roster list's CPU).
 */
@Service
public class CountyPlans {

    static final Duration FRESH = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final PlanPacks packs;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    private record Known(Optional<PlanPack> plan, Instant readAt) {
    }

    /** One adoption: the plan, when and by whom, and when a later one replaced it (null while current). */
    public record Adoption(String planId, String planName, LocalDate adoptedOn, String adoptedBy,
            LocalDate supersededOn) {
    }

    CountyPlans(JdbcTemplate jdbc, PlanPacks packs, Clock clock) {
        this.jdbc = jdbc;
        this.packs = packs;
        this.clock = clock;
    }

    /** The plan {@code county} works under; none for a county that has adopted none (or no county). */
    public Optional<PlanPack> current(RegionCode county) {
        if (county == null) {
            return Optional.empty();
        }
        RegionCode c = county.countyOrAbove();
        Instant now = clock.instant();
        Known k = known.get(c.value());
        if (k == null || k.readAt().plus(FRESH).isBefore(now)) {
            List<String> ids = jdbc.queryForList("select plan_id from county_plan where county_code = ? and "
                    + "superseded_on is null", String.class, c.value());
            k = new Known(ids.stream().findFirst().flatMap(packs::find), now);
            known.put(c.value(), k);
        }
        return k.plan();
    }

    /** The words of the county's plan; the written ones for a county without a plan. */
    public PlanWords words(RegionCode county) {
        return current(county).map(PlanPack::words).orElse(PlanWords.WRITTEN);
    }

    /** Whether a case of {@code caseType} may be opened in the county: every type when it has adopted no plan. */
    public boolean enables(RegionCode county, String caseType) {
        return current(county).map(p -> p.enables(caseType)).orElse(true);
    }

    /** The day of the quarter's last month the towns' reports are due (0: its last day), or {@code otherwise}. */
    public int reportDeadlineDay(RegionCode county, int otherwise) {
        return current(county).map(PlanPack::reportDeadlineDay).orElse(otherwise);
    }

    /** The county's adoptions, the latest first. */
    public List<Adoption> history(RegionCode county) {
        return jdbc.query("select plan_id, adopted_on, adopted_by, superseded_on from county_plan "
                + "where county_code = ? order by adopted_on desc, id desc", (rs, i) -> new Adoption(
                        rs.getString(1), packs.find(rs.getString(1)).map(PlanPack::name).orElse(rs.getString(1)),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getObject(4, LocalDate.class)),
                county.value());
    }

    /** Records that the county works under {@code plan} from {@code on}; the plan before is superseded that day. */
    @Transactional
    public void record(RegionCode county, PlanPack plan, LocalDate on, String by) {
        jdbc.update("update county_plan set superseded_on = ? where county_code = ? and superseded_on is null", on,
                county.value());
        jdbc.update("insert into county_plan (county_code, plan_id, adopted_on, adopted_by) values (?, ?, ?, ?)",
                county.value(), plan.id(), on, by);
        known.remove(county.value());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // What this transaction read is forgotten when it ends, committed or not.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    known.remove(county.value());
                }
            });
        }
    }
}
