package org.guanai.registry.person;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.HistoryService.HistoryPage;
import org.guanai.registry.shared.InsertByCopy;
import org.guanai.registry.shared.PreparedOnServer;
import org.guanai.registry.shared.RegistryProperties;
import org.guanai.registry.shared.Texts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A registry of people, children's or elders', written once: read inside the jurisdiction (else "not found",
 * audited), list, register and edit by the same checks, reveal a number (audited), history, exit, restore, transfer,
 * visits. Each kind supplies only its own rules, its history snapshot and its own numbers.
 *
 * @param <P> the kind's record
 * @param <D> its details, which the form binds and an import row fills
 * @param <F> its list's filter
 * @param <R> a line of its list
 */
@Transactional
public abstract class PersonRegistry<P extends PersonRecord<D>, D extends PersonDetails, F extends PersonFilter,
        R extends PersonRow> {

    /** How many people a list page shows. */
    public static final int PAGE_SIZE = 50;
    /** How many people an export loads at a time before letting them go. */
    static final int EXPORT_CHUNK = 500;
    /** How many changes of a person's history a page shows. */
    public static final int HISTORY_PAGE = 20;

    protected final PersonRules rules;
    protected final HistoryService history;
    protected final AuditService audit;
    protected final Clock clock;
    private final RegistryProperties properties;
    private final PersonKind<P, D> kind;
    private final PersonType type;
    private final String objectType;
    private final EntityManager entityManager;
    private final PersonTransfers transfers;
    private final PersonRepository<P> repository;
    private final PersonListQuery<F, R> listQuery;

    protected PersonRegistry(PersonKind<P, D> kind, PersonRepository<P> repository, PersonListQuery<F, R> listQuery,
            PersonRegistryParts parts) {
        this.kind = kind;
        this.type = kind.type();
        this.objectType = type.name().toLowerCase();
        this.repository = repository;
        this.listQuery = listQuery;
        this.rules = parts.rules();
        this.transfers = parts.transfers();
        this.history = parts.history();
        this.audit = parts.audit();
        this.clock = parts.clock();
        this.properties = parts.properties();
        this.entityManager = parts.entityManager();
    }

    /**
     * The kind's own rules of its details (which also normalise them: numbers upgraded, text trimmed); the village and
     * one-number rules are added by {@link #problems}.
     */
    protected abstract List<FieldProblem> validateFacts(D d, Jurisdiction jurisdiction);

    /** The kind's own numbers (parents', children away …), revealed between the person's phone and the cadre's. */
    protected abstract void addOwnNumbers(D d, List<RevealedNumber> numbers);

    public PersonType type() {
        return type;
    }

    /** The values the registry asks for that are missing though nothing recorded is wrong (资料待补充). */
    public List<FieldProblem> gaps(D d) {
        return kind.gaps().apply(d);
    }

    /** The fields that changed, as the history shows them ({@link PersonKind#changes}). */
    public List<FieldChange> changes(D before, D after) {
        return kind.changes(before, after);
    }

    /** How many people the filter finds in the jurisdiction (a figure: no row is read, nothing is shown). */
    @Transactional(readOnly = true)
    public CappedCount count(F filter, Jurisdiction jurisdiction) {
        return listQuery.count(filter, jurisdiction, today());
    }

    /**
     * One statement, so no transaction of its own: one cost the page a commit's round trip and an entity manager
     * (decision 048). The class's {@code @Transactional} would open a read-write one, hence {@code SUPPORTS}.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public PersonPage<R> list(F filter, Jurisdiction jurisdiction) {
        PersonPage<R> page = listQuery.page(filter, jurisdiction, today(), PAGE_SIZE);
        rules.auditIdNumberSearch(objectType, filter.q(), page.rows().stream().map(PersonRow::id).toList());
        return page;
    }

    /** The facts of every person of the filtered list in roster order (village, then name), for an export. */
    @Transactional(readOnly = true)
    public void forEachInRoster(F filter, Jurisdiction jurisdiction, Consumer<D> action) {
        forEachDetails(listQuery.rosterIds(filter, jurisdiction, today(), null), action);
    }

    /**
     * The same, of the filtered list's people among {@code among} only (an export of a department's own cases'
     * children): the list is read among them, not the whole jurisdiction's list narrowed after.
     */
    @Transactional(readOnly = true)
    public void forEachInRoster(F filter, Jurisdiction jurisdiction, Set<Long> among, Consumer<D> action) {
        forEachDetails(listQuery.rosterIds(filter, jurisdiction, today(), among), action);
    }

    /**
     * Registers a person. A same-name-and-birth-date match elsewhere stops the save with
     * {@link PossibleDuplicateException} unless {@code confirmedNotDuplicate}.
     */
    public P register(D details, boolean confirmedNotDuplicate, Jurisdiction jurisdiction) {
        requireSaving(jurisdiction, "register");
        D d = PersonDetails.copyOf(details);
        validate(d, jurisdiction, null);
        rules.requireNoPossibleDuplicate(type, repository.findByNameAndBirthDate(d.getName(), d.getBirthDate(), null),
                confirmedNotDuplicate, jurisdiction);
        P person = saveOrExplain(kind.newRecord().apply(d, clock.instant()));
        history.record(type, person.getId(), ChangeAction.CREATED, d.getName(),
                HistoryService.diff(Map.of(), kind.snapshot(person.getDetails())));
        return person;
    }

    /**
     * Saves a clerk's edit made on {@code expectedVersion}. If someone saved in between, nothing is
     * written and {@link ConcurrentEditException} carries what they changed.
     */
    public P update(long id, long expectedVersion, D details, Jurisdiction jurisdiction) {
        requireSaving(jurisdiction, "edit");
        P person = visible(id, jurisdiction, "edit");
        requireVersion(id, person.getVersion(), expectedVersion);
        D d = PersonDetails.copyOf(details);
        validate(d, jurisdiction, id);
        return replace(person, d, null);
    }

    /** Validated facts replace the person's; saved and kept in the history only when something changed. */
    protected P replace(P person, D validated, String summary) {
        D before = person.getDetails();
        person.replaceDetails(validated, clock.instant());
        List<FieldChange> changed = changes(before, person.getDetails());
        if (!changed.isEmpty()) {
            saveOrExplain(person);
            history.record(type, person.getId(), ChangeAction.UPDATED, summary, changed);
        }
        return person;
    }

    protected void validate(D d, Jurisdiction jurisdiction, Long selfId) {
        List<FieldProblem> problems = problems(d, jurisdiction, selfId);
        if (!problems.isEmpty()) {
            throw new InvalidPersonException(problems);
        }
    }

    /** Every rule a person's record must meet, for the form and the import alike; normalises {@code d}. */
    public List<FieldProblem> problems(D d, Jurisdiction jurisdiction, Long selfId) {
        List<FieldProblem> problems = new ArrayList<>(validateFacts(d, jurisdiction));
        rules.checkVillage(d.getVillageCode(), jurisdiction, problems);
        rules.checkIdNumberFree(d.getIdNumber(), type, selfId, jurisdiction, problems);
        return problems;
    }

    // ---- for a roster import, which has checked every row with {@link #problems} already ----------------------

    /** Registered people of any region and status holding these numbers. */
    public List<P> withIdNumbers(Collection<String> idNumbers) {
        return repository.findByIdNumbers(idNumbers);
    }

    public List<P> withNameBirthDateVillage(String name, LocalDate birthDate, String villageCode) {
        return repository.findByNameBirthDateAndVillage(name, birthDate, villageCode);
    }

    public P load(long id) {
        return repository.findById(id).orElseThrow();
    }

    /**
     * Saves new people of checked details, thousands at a time, by COPY (decision 041); returns them with their ids.
     * The import writes the history entries naming itself.
     */
    public List<P> createAllChecked(List<D> checked) {
        Instant now = clock.instant();
        List<P> people = checked.stream().map(d -> kind.newRecord().apply(d, now)).toList();
        InsertByCopy.insert(entityManager, people);
        copied(people);
        return people;
    }

    /**
     * What a save through the repository would have published of people written around it ({@link #createAllChecked}):
     * a child's key targets gained. Nothing, for a kind that publishes nothing.
     */
    protected void copied(List<P> people) {
    }

    /** Replaces a person's facts by checked details; the save publishes what the change gained (a child's key targets). */
    public void replaceChecked(P person, D checked) {
        person.replaceDetails(checked, clock.instant());
        repository.save(person);
    }

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
     * The person's identity and phone numbers in full (the person's, the parents', the delegate's …), for the one user
     * who asked; the reveal is audited. Whether the user's role may see full numbers at all is
     * {@link FullNumbers}' to decide first.
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
        rules.requireWritable(jurisdiction, objectType, "edit");
        P person = visible(id, jurisdiction, "edit");
        audit.record(AuditAction.VIEW_UNMASKED, objectType, id, AuditOutcome.SUCCESS, "edit form");
        return person;
    }

    /** Every identity and phone number the person's record holds, in the order a page lists them; none empty. */
    private List<RevealedNumber> numbersOf(P person) {
        D d = person.getDetails();
        List<RevealedNumber> numbers = new ArrayList<>();
        RevealedNumber.addTo(numbers, "field.idNumber", d.getIdNumber());
        RevealedNumber.addTo(numbers, "field.phone", d.getPhone());
        addOwnNumbers(d, numbers);
        RevealedNumber.addTo(numbers, "field.cadrePhone", d.getCadrePhone());
        return numbers;
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
        rules.requireWritable(jurisdiction, objectType, "exit");
        P person = lockedForAction(id, jurisdiction, "exit");
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
        rules.requireWritable(jurisdiction, objectType, "transfer");
        P person = lockedForAction(id, jurisdiction, "transfer");
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
        D moved = person.getDetails();
        moved.setVillageCode(to);
        person.replaceDetails(moved, clock.instant());
        saveOrExplain(person);
        String summary = rules.townName(from) + rules.villageName(from) + " → " + rules.townName(to)
                + rules.villageName(to) + (cleanNote == null ? "" : "（" + cleanNote + "）");
        history.record(type, id, ChangeAction.TRANSFERRED, summary, List.of(new FieldChange("villageCode", from, to)));
        transfers.recorded(type, person, person.getDetails().getIdNumber(), from, cleanNote, clock.instant());
        return person;
    }

    public void restore(long id, Jurisdiction jurisdiction) {
        rules.requireWritable(jurisdiction, objectType, "restore");
        P person = lockedForAction(id, jurisdiction, "restore");
        if (person.getStatus() == PersonStatus.ACTIVE) {
            return;
        }
        person.restore(clock.instant());
        history.record(type, id, ChangeAction.RESTORED, null, List.of());
    }

    /**
     * Writes the 包保 person's name and phone into the record's 包保责任人 and its phone (the roster's columns), as a
     * change in the history; called by care when the responsible person changes (null, null: nobody now).
     */
    public void recordResponsible(long id, String name, String phone, Jurisdiction jurisdiction) {
        rules.requireWritable(jurisdiction, objectType, "responsible");
        P person = lockedForAction(id, jurisdiction, "responsible");
        D d = person.getDetails();
        d.setResponsibleCadre(name == null || name.length() <= 50 ? name : name.substring(0, 50));
        d.setCadrePhone(phone);
        replace(person, d, "包保");
    }

    /**
     * Called by the visit log: keeps the roster's last visit date and the history in step; {@code date} null for a
     * note, which is no contact.
     */
    public void recordVisit(long id, LocalDate date, String summary, Jurisdiction jurisdiction) {
        rules.requireWritable(jurisdiction, objectType, "visit");
        if (date != null) {
            lockedForAction(id, jurisdiction, "visit").visited(date);
        } else {
            visible(id, jurisdiction, "visit"); // a note is no contact: the record's row stays as it is
        }
        history.record(type, id, ChangeAction.VISITED, summary, List.of());
    }

    /**
     * Hands over the facts of the people of {@code ids} in that order, read {@value #EXPORT_CHUNK} at a time and let go
     * after, so a province-sized export needs no more memory than a page. Call inside a read transaction.
     */
    private void forEachDetails(List<Long> ids, Consumer<D> action) {
        // One statement by primary key for every chunk, prepared on the server (decision 039): planned once, not 600
        // times for a county's roster.
        PreparedOnServer.during(entityManager, () -> {
            for (int i = 0; i < ids.size(); i += EXPORT_CHUNK) {
                List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + EXPORT_CHUNK));
                Map<Long, D> read = new HashMap<>();
                repository.findAllByIds(chunk).forEach(p -> read.put(p.getId(), p.getDetails()));
                entityManager.clear();
                chunk.stream().map(read::get).filter(Objects::nonNull).forEach(action);
            }
            return null;
        });
    }

    /**
     * The person for a write that carries no version of the user's (a visit, 包保, exit, restore, transfer, a case's
     * step), read again under a row lock: two such writes at once each changed the version the other had read, and the
     * later failed at its commit (a lost visit, a 500); now the second waits for the first's commit and works on what
     * it wrote. The jurisdiction is checked on the row as locked: one moved to another town meanwhile is not the
     * user's.
     */
    protected P lockedForAction(long id, Jurisdiction jurisdiction, String attempt) {
        repository.lockRow(id);
        repository.findById(id).ifPresent(entityManager::refresh);
        return visible(id, jurisdiction, attempt);
    }

    protected P visible(long id, Jurisdiction jurisdiction, String attempt) {
        return repository.findVisible(id, jurisdiction).orElseThrow(() -> rules.outside(objectType, id, attempt));
    }

    /**
     * A registration or an edit, which runs the duplicate rules: refused under a read-only jurisdiction, and for a user
     * who has hit too many people outside its jurisdiction today ({@link ElsewhereHits}).
     */
    protected void requireSaving(Jurisdiction jurisdiction, String attempt) {
        rules.requireWritable(jurisdiction, objectType, attempt);
        rules.hits().requireUnderLimit();
    }

    /** Saves and flushes, so that a clash with a concurrent save surfaces here, as the user's message. */
    protected P saveOrExplain(P person) {
        try {
            return repository.saveAndFlush(person);
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
