package org.guanai.registry.person;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.guanai.registry.history.FieldChange;
import org.guanai.registry.history.HistoryService;
import org.guanai.registry.history.HistoryService.HistoryPage;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.RegionCode;
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
    private final PersonTransfers transfers;

    /** How many people an export loads at a time before letting them go. */
    static final int EXPORT_CHUNK = 500;
    /** How many changes of a person's history a page shows. */
    public static final int HISTORY_PAGE = 20;

    protected PersonRegistry(PersonType type, PersonRules rules, PersonTransfers transfers, HistoryService history,
            AuditService audit, Clock clock, RegistryProperties properties, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.transfers = transfers;
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

    /** Every identity and phone number the person's record holds, in the order a page lists them; none empty. */
    protected abstract List<RevealedNumber> numbersOf(P person);

    /** The repository's save-and-flush for this kind of person. */
    protected abstract P saveAndFlush(P person);

    /** The person's identity number, or null without one. */
    protected abstract String idNumberOf(P person);

    /** Moves the person's record to {@code villageCode} by the path every change of facts takes (search keys follow). */
    protected abstract void moveTo(P person, String villageCode);

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

    /**
     * One person for their own page: {@link #get}, and the view is audited (once per user, person and day).
     */
    @Transactional(readOnly = true)
    public P view(long id, Jurisdiction jurisdiction) {
        P person = visible(id, jurisdiction, "read");
        audit.recordOncePerDay(AuditAction.VIEW_PERSON, objectType, id, null);
        return person;
    }

    /**
     * A list's search that was an identity number is audited (once per user, number and day), with the person found;
     * the row keeps the number masked, as the lists show it.
     */
    protected void auditIdNumberSearch(String query, List<Long> found) {
        String number = query == null ? "" : ResidentIdNumber.normalise(query.strip());
        if (!IdNumberRules.looksLikeIdNumber(number)) {
            return;
        }
        audit.recordOncePerDay(AuditAction.SEARCH_ID_NUMBER, objectType,
                found.size() == 1 ? found.get(0) : Masks.idNumber(number),
                Masks.idNumber(number) + " → " + found.size());
    }

    /**
     * The person's identity and phone numbers in full (the person's, the parents', the delegate's …), for the one user
     * who asked; the reveal is audited. Whether the user's role may see full numbers at all is
     * {@code casework.NumberDisclosure}'s to decide first.
     */
    @Transactional(readOnly = true)
    public List<RevealedNumber> revealNumbers(long id, Jurisdiction jurisdiction) {
        P person = visible(id, jurisdiction, "reveal");
        List<RevealedNumber> numbers = numbersOf(person);
        audit.record(AuditAction.VIEW_UNMASKED, objectType, id, AuditOutcome.SUCCESS,
                String.join(",", numbers.stream().map(RevealedNumber::field).toList()));
        return numbers;
    }

    /**
     * Opens a person's record for editing: the form shows every number in full, so opening it is audited as a reveal
     * (docs/security.md, "Full numbers").
     */
    @Transactional(readOnly = true)
    public P openForEdit(long id, Jurisdiction jurisdiction) {
        requireWritable(jurisdiction, "edit");
        P person = visible(id, jurisdiction, "edit");
        audit.record(AuditAction.VIEW_UNMASKED, objectType, id, AuditOutcome.SUCCESS, "edit form");
        return person;
    }

    /** Adds {@code value} under {@code field} when it is not empty (for {@link #numbersOf}). */
    protected static void addNumber(List<RevealedNumber> numbers, String field, String value) {
        if (value != null && !value.isBlank()) {
            numbers.add(new RevealedNumber(field, value));
        }
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

    /**
     * The county office moves a person who moved to a village of another town: the record, its open cases and the
     * right to see it go to the new town; both towns see the transfer (the new one in the person's history, the old
     * one in the {@link TransferLog}). Both villages must lie in the user's jurisdiction.
     */
    public P transfer(long id, String villageCode, String note, Jurisdiction jurisdiction) {
        requireWritable(jurisdiction, "transfer");
        P person = visible(id, jurisdiction, "transfer");
        List<FieldProblem> problems = new ArrayList<>();
        String to = villageCode == null ? null : villageCode.strip();
        rules.checkVillage(to, jurisdiction, problems);
        if (to == null || to.isEmpty()) {
            problems.add(new FieldProblem("villageCode", "person.error.villageRequired"));
        } else if (to.equals(person.getVillageCode())) {
            problems.add(new FieldProblem("villageCode", "person.error.sameVillage"));
        }
        String cleanNote = Texts.strippedOrNull(note);
        if (cleanNote != null && cleanNote.length() > 500) {
            problems.add(new FieldProblem("note", "person.error.noteTooLong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPersonException(problems);
        }
        String from = person.getVillageCode();
        moveTo(person, to);
        saveOrExplain(person);
        String summary = rules.townName(from) + rules.villageName(from) + " → " + rules.townName(to)
                + rules.villageName(to) + (cleanNote == null ? "" : "（" + cleanNote + "）");
        history.record(type, id, ChangeAction.TRANSFERRED, summary, List.of(new FieldChange("villageCode", from, to)));
        transfers.recorded(type, person, idNumberOf(person), from, cleanNote, clock.instant());
        return person;
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
     * A registration or an edit, which runs the duplicate rules: refused under a read-only jurisdiction, and for a user
     * who has hit too many people outside its jurisdiction today ({@link ElsewhereHits}).
     */
    protected void requireSaving(Jurisdiction jurisdiction, String attempt) {
        requireWritable(jurisdiction, attempt);
        rules.hits().requireUnderLimit();
    }

    /**
     * Stops a save when someone of the same name and birth date is registered in the user's county, unless the clerk
     * confirmed that it is another person. Inside the jurisdiction the clerk sees the town and village; elsewhere only
     * that someone is registered, and the hit is counted ({@link ElsewhereHits}). Other counties are not searched.
     */
    protected void requireNoPossibleDuplicate(List<P> sameNameAndBirthDate, boolean confirmedNotDuplicate,
            Jurisdiction jurisdiction) {
        if (confirmedNotDuplicate || sameNameAndBirthDate.isEmpty()) {
            return;
        }
        List<PossibleDuplicateException.Match> matches = new ArrayList<>();
        boolean elsewhere = false;
        RegionCode county = jurisdiction.county();
        for (P p : sameNameAndBirthDate) {
            RegionCode village = RegionCode.of(p.getVillageCode());
            if (jurisdiction.coversRegion(village)) {
                matches.add(new PossibleDuplicateException.Match(rules.townName(p.getVillageCode()),
                        rules.villageName(p.getVillageCode())));
            } else if (county != null && county.covers(village)) {
                rules.hits().hit(type, p.getId(), "name and birth date");
                elsewhere = true;
            }
        }
        if (elsewhere) {
            matches.add(PossibleDuplicateException.Match.ELSEWHERE);
        }
        if (!matches.isEmpty()) {
            throw new PossibleDuplicateException(matches);
        }
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
