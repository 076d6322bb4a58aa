package org.guanai.registry.casework;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.guanai.registry.organisation.DepartmentType;
import org.hibernate.annotations.BatchSize;

/**
 * One case (案件): a workflow about one child (or a described, unidentified one), owned by the organisation
 * it was routed to. Never deleted; it ends in a closed state. The recorded step values are kept as
 * facts, the latest value per field, for the page, the documents and attachment 3.
 */
@Entity
@Table(name = "case_file")
@EntityListeners(InboxCounts.CaseWrites.class) // a written case drops the badges' counts kept on this node (decision 046)
public class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
    @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false, length = 24)
    private CaseType type;

    @Column(nullable = false, length = 24)
    private String state;

    /** {@code TYPE:STATE}, what an inbox filters on. */
    @Column(nullable = false, length = 50)
    private String stage;

    @Column(nullable = false)
    private boolean closed;

    @Column(name = "child_id")
    private Long childId;

    /** The elder the case is about (elders' cases, docs/casework.md); a case is about a child or an elder, never both. */
    @Column(name = "elder_id")
    private Long elderId;

    @Column(name = "subject_name", nullable = false, length = 50)
    private String subjectName;

    @Column(name = "subject_description", length = 500)
    private String subjectDescription;

    /** The child's village, or the place of a described child: what jurisdiction is decided on. */
    @Column(name = "region_code", nullable = false, length = 12)
    private String regionCode;

    @Column(name = "owner_organisation_id")
    private Long ownerOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_department_type", length = 24)
    private DepartmentType ownerDepartmentType;

    @Enumerated(EnumType.STRING)
    @Column(name = "opened_because", nullable = false, length = 24)
    private OpenedBecause openedBecause;

    @Column(name = "opened_flag", length = 32)
    private String openedFlag;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 40)
    private String openedBy;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private ReportSeverity severity;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private ReportSituation situation;

    @Column(name = "reporter_account_id")
    private Long reporterAccountId;

    @Column(name = "reporter_organisation_id")
    private Long reporterOrganisationId;

    @Column(name = "reporter_name", length = 120)
    private String reporterName;

    @Column(name = "related_case_id")
    private Long relatedCaseId;

    @Column(name = "referred_lines", length = 200)
    private String referredLines;

    // Small, and wanted wherever a case is shown (pages render after the transaction): loaded with the case.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "case_fact", joinColumns = @JoinColumn(name = "case_id"))
    @MapKeyColumn(name = "field", length = 40)
    @Column(name = "value", length = 2000)
    private Map<String, String> facts = new HashMap<>();

    protected CaseFile() {
    }

    CaseFile(CaseType type, Long childId, Long elderId, String subjectName, String subjectDescription,
            String regionCode, CaseOwner owner, OpenedBecause openedBecause, String openedFlag, Instant openedAt,
            String openedBy, Instant dueAt) {
        this.type = type;
        this.childId = childId;
        this.elderId = elderId;
        this.subjectName = subjectName;
        this.subjectDescription = subjectDescription;
        this.regionCode = regionCode;
        this.ownerOrganisationId = owner.organisationId();
        this.ownerDepartmentType = owner.departmentType();
        this.openedBecause = openedBecause;
        this.openedFlag = openedFlag;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.dueAt = dueAt;
        this.updatedAt = openedAt;
        moveTo(type.workflow().initial(), openedAt);
    }

    /** The {@code stage} of a case of {@code type} in {@code state}; the inboxes filter on it. */
    static String stageOf(CaseType type, String state) {
        return type + ":" + state;
    }

    void moveTo(String newState, Instant now) {
        this.state = newState;
        this.stage = stageOf(type, newState);
        this.closed = type.workflow().isClosed(newState);
        this.closedAt = closed ? now : null;
        this.updatedAt = now;
    }

    /** A step's values: each of its fields takes the new value, a field left blank this time is cleared. */
    void record(Step step, Map<String, String> values) {
        for (Step.Input input : step.inputs()) {
            String v = values.get(input.field().key());
            if (v == null || v.isBlank()) {
                facts.remove(input.field().key());
            } else {
                facts.put(input.field().key(), v);
            }
        }
    }

    void record(Map<String, String> values) {
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                facts.put(k, v);
            }
        });
    }

    void reportedBy(Long accountId, Long organisationId, String name, ReportSituation situation,
            ReportSeverity severity) {
        this.reporterAccountId = accountId;
        this.reporterOrganisationId = organisationId;
        this.reporterName = name;
        this.situation = situation;
        this.severity = severity;
    }

    /** The lines of work (DepartmentType names) the case is referred to, replacing an earlier referral. */
    void referTo(Collection<String> lines) {
        this.referredLines = lines.isEmpty() ? null : "," + String.join(",", lines) + ",";
    }

    /** Adds lines to those the case is referred to, keeping the earlier ones. */
    void referAlso(Collection<String> lines) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        if (referredLines != null) {
            all.addAll(List.of(referredLines.substring(1, referredLines.length() - 1).split(",")));
        }
        all.addAll(lines);
        referTo(all);
    }

    public boolean isReferredTo(DepartmentType line) {
        return referredLines != null && line != null && referredLines.contains("," + line.name() + ",");
    }

    void dueBy(Instant due) {
        this.dueAt = due;
    }

    void relateTo(Long caseId) {
        this.relatedCaseId = caseId;
    }

    /** The child moved to a village of another town: the case goes with it, to {@code owner} when re-routed. */
    void followChild(String regionCode, CaseOwner owner) {
        this.regionCode = regionCode;
        this.ownerOrganisationId = owner.organisationId();
        this.ownerDepartmentType = owner.departmentType();
    }

    void identify(Long childId, String subjectName, String regionCode) {
        this.childId = childId;
        this.subjectName = subjectName;
        this.regionCode = regionCode;
    }

    public boolean isOverdue(Instant now) {
        return !closed && dueAt.isBefore(now);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public CaseType getType() {
        return type;
    }

    public String getState() {
        return state;
    }

    public boolean isClosed() {
        return closed;
    }

    public Long getElderId() {
        return elderId;
    }

    public Long getChildId() {
        return childId;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public String getSubjectDescription() {
        return subjectDescription;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    public DepartmentType getOwnerDepartmentType() {
        return ownerDepartmentType;
    }

    public OpenedBecause getOpenedBecause() {
        return openedBecause;
    }

    public String getOpenedFlag() {
        return openedFlag;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public ReportSeverity getSeverity() {
        return severity;
    }

    public ReportSituation getSituation() {
        return situation;
    }

    Long getReporterAccountId() {
        return reporterAccountId;
    }

    Long getReporterOrganisationId() {
        return reporterOrganisationId;
    }

    String getReporterName() {
        return reporterName;
    }

    public Long getRelatedCaseId() {
        return relatedCaseId;
    }

    /** The latest recorded value of each field. */
    public Map<String, String> getFacts() {
        return Map.copyOf(facts);
    }

    public String fact(CaseField field) {
        return facts.get(field.key());
    }
}
