package org.guanai.registry.casework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import jakarta.persistence.EntityManager;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.child.KeyTargets;
import org.guanai.registry.child.KeyTargets.Flag;
import org.guanai.registry.child.KeyTargetsGained;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the case a new key-target flag calls for (docs/casework.md), in the transaction of the save that set
 * it, just before it commits, so a rolled-back save or import opens nothing. Once: a flag that was already set opens nothing, and
 * neither does a flag whose case type is already open for the child.
 */
@Component
public class KeyTargetCases {

    static final Map<Flag, CaseType> CASE_FOR_FLAG = new EnumMap<>(Map.of(
            Flag.UNATTENDED, CaseType.GUARDIANSHIP,
            Flag.ONE_AWAY_OTHER_INCAPABLE, CaseType.GUARDIANSHIP,
            Flag.OUT_OF_SCHOOL, CaseType.DROPOUT,
            Flag.NO_HUKOU, CaseType.HUKOU,
            Flag.HARDSHIP, CaseType.SAFETY_NET,
            Flag.SERIOUS_ILLNESS, CaseType.SAFETY_NET,
            Flag.DISABLED, CaseType.SAFETY_NET));

    private final CaseFileRepository cases;
    private final CaseLedger ledger;
    private final AuditService audit;
    private final JdbcTemplate jdbc;
    private final EntityManager em;

    KeyTargetCases(CaseFileRepository cases, CaseLedger ledger, AuditService audit, JdbcTemplate jdbc,
            EntityManager em) {
        this.cases = cases;
        this.ledger = ledger;
        this.audit = audit;
        this.jdbc = jdbc;
        this.em = em;
    }

    /** Cases opened in bulk between two flushes: a growing persistence context makes every flush slower. */
    private static final int FLUSH_EVERY = 200;

    /**
     * Opens the cases of children who were key targets before any case of that type existed for them
     * (records loaded in bulk, such as the demo county). Returns how many cases it opened.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int openForEarlierKeyTargets() {
        int[] opened = {0};
        Flag[] flags = Flag.values();
        String flagColumns = Arrays.stream(flags).map(KeyTargets::column).collect(Collectors.joining(", "));
        jdbc.query("select id, name, village_code, " + flagColumns + " from child where key_target "
                + "and status = 'ACTIVE' order by id", rs -> {
                    long id = rs.getLong(1);
                    List<Flag> set = new ArrayList<>();
                    for (int i = 0; i < flags.length; i++) {
                        if (rs.getBoolean(4 + i)) {
                            set.add(flags[i]);
                        }
                    }
                    for (var e : casesFor(set).entrySet()) {
                        if (!cases.hasAny(id, e.getKey())) {
                            ledger.open(CaseLedger.Opening.ofChild(e.getKey(), id, rs.getString(2), null, rs.getString(3),
                                    OpenedBecause.KEY_TARGET, e.getValue().name(), null, null), null, "system");
                            if (++opened[0] % FLUSH_EVERY == 0) {
                                em.flush();
                                em.clear();
                            }
                        }
                    }
                });
        return opened[0];
    }

    /** Before the save's commit: the case follows the change in the child's history, and fails with it. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(KeyTargetsGained gained) {
        String actor = audit.currentActor().username();
        casesFor(gained.flags()).forEach((type, flag) -> {
            if (!cases.hasOpen(gained.childId(), type)) {
                ledger.open(CaseLedger.Opening.ofChild(type, gained.childId(), gained.name(), null, gained.villageCode(),
                        OpenedBecause.KEY_TARGET, flag.name(), null, null), audit.currentActor().accountId(),
                        actor == null ? "system" : actor);
            }
        });
    }

    /** The case types the flags call for, each with the first flag (in plan order) that calls for it. */
    private static Map<CaseType, Flag> casesFor(List<Flag> flags) {
        Map<CaseType, Flag> toOpen = new LinkedHashMap<>();
        for (Flag flag : flags) {
            toOpen.putIfAbsent(CASE_FOR_FLAG.get(flag), flag);
        }
        return toOpen;
    }
}
