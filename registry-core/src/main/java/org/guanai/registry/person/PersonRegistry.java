package org.guanai.registry.person;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.history.ChangeAction;
import org.guanai.registry.history.HistoryService;
import org.guanai.registry.history.HistoryService.HistoryPage;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.shared.RegistryProperties;
import org.guanai.registry.shared.Texts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the children's and the elders' registries do alike, written once: read inside the jurisdiction
 * (else "not found", audited), reveal a number (audited), history, exit and restore, visits.
 */
@Transactional
public abstract class PersonRegistry<P extends PersonRecord> {

    protected final PersonRules rules;
    protected final HistoryService history;
    protected final AuditService audit;
    protected final Clock clock;
    private final RegistryProperties properties;
    private final PersonType type;
    private final String objectType;
    private final EntityManager entityManager;

    /** How many people an export loads at a time before letting them go. */
    static final int EXPORT_CHUNK = 500;
    /** How many changes of a person's history a page shows. */
    public static final int HISTORY_PAGE = 20;

    protected PersonRegistry(PersonType type, PersonRules rules, HistoryService history, AuditService audit,
            Clock clock, RegistryProperties properties, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.type = type;
        this.objectType = type.name().toLowerCase();
        this.rules = rules;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /** The record, if it lies inside the jurisdiction; the repository applies the jurisdiction. */
    protected abstract Optional<P> findVisible(long id, Jurisdiction jurisdiction);

    protected abstract String idNumberOf(P person);

    /** The repository's save-and-flush for this kind of person. */
    protected abstract P saveAndFlush(P person);

    /** Reads no data, so it opens no transaction (the class's default would take a connection for it). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public LocalDate today() {
        return properties.today(clock);
    }

    /** One person, or {@code OutsideJurisdictionException} (audited) when it is not the user's to see. */
    @Transactional(readOnly = true)
    public P get(long id, Jurisdiction jurisdiction) {
        return visible(id, jurisdiction, "read");
    }

    /** The full identity number, for the one user who asked; the reveal is audited. */
    @Transactional(readOnly = true)
    public String revealIdNumber(long id, Jurisdiction jurisdiction) {
        P person = visible(id, jurisdiction, "reveal");
        audit.record(AuditAction.VIEW_UNMASKED, objectType, id, AuditOutcome.SUCCESS, "idNumber");
        return idNumberOf(person);
    }

    /** The person's latest changes ({@value #HISTORY_PAGE}), newest first. */
    @Transactional(readOnly = true)
    public HistoryPage history(long id, Jurisdiction jurisdiction) {
        return history(id, null, jurisdiction);
    }

    /** {@value #HISTORY_PAGE} of the person's changes older than {@code after} (null: the latest). */
    @Transactional(readOnly = true)
    public HistoryPage history(long id, String after, Jurisdiction jurisdiction) {
        visible(id, jurisdiction, "history");
        return history.page(type, id, after, HISTORY_PAGE);
    }

    public void exit(long id, ExitReason reason, LocalDate date, String note, Jurisdiction jurisdiction) {
        requireWritable(jurisdiction, "exit");
        P person = visible(id, jurisdiction, "exit");
        if (reason == null) {
            throw new InvalidPersonException(new FieldProblem("reason", "person.error.exitReason"));
        }
        if (person.getStatus() == PersonStatus.EXITED) {
            return;
        }
        LocalDate when = date == null ? today() : date;
        person.exit(reason, when, Texts.strippedOrNull(note), clock.instant());
        history.record(type, id, ChangeAction.EXITED, reason.name() + " " + when, List.of());
    }

    public void restore(long id, Jurisdiction jurisdiction) {
        requireWritable(jurisdiction, "restore");
        P person = visible(id, jurisdiction, "restore");
        if (person.getStatus() == PersonStatus.ACTIVE) {
            return;
        }
        person.restore(clock.instant());
        history.record(type, id, ChangeAction.RESTORED, null, List.of());
    }

    /** Called by the visit log: keeps the roster's last visit date and the history in step. */
    public void recordVisit(long id, LocalDate date, String summary, Jurisdiction jurisdiction) {
        requireWritable(jurisdiction, "visit");
        P person = visible(id, jurisdiction, "visit");
        person.visited(date);
        history.record(type, id, ChangeAction.VISITED, summary, List.of());
    }

    /**
     * Hands over the people of {@code ids} in that order, loaded {@value #EXPORT_CHUNK} at a time and let go
     * after, so a province-sized export needs no more memory than a page. Call inside a read transaction.
     */
    protected void forEachLoaded(List<Long> ids, Function<List<Long>, List<P>> load, Consumer<P> action) {
        for (int i = 0; i < ids.size(); i += EXPORT_CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + EXPORT_CHUNK));
            Map<Long, P> loaded = new HashMap<>();
            load.apply(chunk).forEach(p -> loaded.put(p.getId(), p));
            chunk.stream().map(loaded::get).filter(Objects::nonNull).forEach(action);
            entityManager.clear();
        }
    }

    protected P visible(long id, Jurisdiction jurisdiction, String attempt) {
        return findVisible(id, jurisdiction).orElseThrow(() -> rules.outside(objectType, id, attempt));
    }

    protected void requireWritable(Jurisdiction jurisdiction, String attempt) {
        rules.requireWritable(jurisdiction, objectType, attempt);
    }

    /**
     * Stops a save when someone of the same name and birth date is registered (shown by town and
     * village only), unless the clerk confirmed that it is another person.
     */
    protected void requireNoPossibleDuplicate(List<P> sameNameAndBirthDate, boolean confirmedNotDuplicate) {
        if (confirmedNotDuplicate || sameNameAndBirthDate.isEmpty()) {
            return;
        }
        throw new PossibleDuplicateException(sameNameAndBirthDate.stream()
                .map(p -> new PossibleDuplicateException.Match(rules.townName(p.getVillageCode()),
                        rules.villageName(p.getVillageCode())))
                .toList());
    }

    /** Saves and flushes, so that a clash with a concurrent save surfaces here, as the user's message. */
    protected P saveOrExplain(P person) {
        try {
            return saveAndFlush(person);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidPersonException(new FieldProblem("idNumber", "person.error.idTakenConcurrently"));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException(List.of());
        }
    }

    /** Refuses an edit made on an old version, showing the editor the latest changes. */
    protected void requireVersion(long id, long currentVersion, long expectedVersion) {
        if (currentVersion != expectedVersion) {
            throw new ConcurrentEditException(history.page(type, id, null, 5).changes());
        }
    }
}
