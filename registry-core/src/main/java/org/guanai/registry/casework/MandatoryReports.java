package org.guanai.registry.casework;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.child.Child;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.IdNumberRules;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.RegistryProperties;
import org.guanai.registry.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mandatory reports (强制报告) and a school's reports of absence: filed by anyone who works with children, linked to
 * a registered child without telling the reporter, routed by place; the reporter sees back only the status.
 */
@Service
@Transactional
public class MandatoryReports {

    /** The fact holding the child's name as the reporter typed it. */
    static final String REPORTED_NAME = "reportedName";

    private final CaseFileRepository cases;
    private final CaseLedger ledger;
    private final ChildService children;
    private final OrganisationService organisations;
    private final RegionService regions;
    private final RegistryProperties properties;
    private final EntityManager em;

    MandatoryReports(CaseFileRepository cases, CaseLedger ledger, ChildService children,
            OrganisationService organisations, RegionService regions, RegistryProperties properties, EntityManager em) {
        this.cases = cases;
        this.ledger = ledger;
        this.children = children;
        this.organisations = organisations;
        this.regions = regions;
        this.properties = properties;
        this.em = em;
    }

    /** A mandatory report (or a school's absence report) as filed. */
    public record ReportForm(String childIdNumber, String childName, String placeCode, String description,
            ReportSituation situation, ReportSeverity severity, Integer daysAbsent) {
    }

    /** What a reporter sees of a report it filed: its status, nothing of the work. */
    public record FiledReport(long id, Instant filedAt, String subject, ReportSituation situation,
            ReportSeverity severity, String status) {
    }

    /**
     * A mandatory report (强制报告), or with {@code daysAbsent} a school's report of more than seven days'
     * absence (a dropout case). A given ID number of a registered child links the report to the child; the
     * reporter is not told. Routed by the place: the child's village, else the place given.
     */
    public CaseFile report(ReportForm form, SignedInUser actor) {
        boolean absence = form.daysAbsent() != null;
        if (actor.role() == Role.ADMIN || actor.role() == Role.INSPECTOR) {
            throw new CaseRefusedException("case.error.notYourStep");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String name = Texts.strippedOrNull(form.childName());
        String description = Texts.strippedOrNull(form.description());
        if (name == null) {
            problems.add(new FieldProblem("childName", "case.error.required"));
        } else if (name.length() > 50) {
            problems.add(new FieldProblem("childName", "case.error.tooLong", 50));
        }
        if (description == null) {
            problems.add(new FieldProblem("description", "case.error.required"));
        } else if (description.length() > 500) {
            problems.add(new FieldProblem("description", "case.error.tooLong", 500));
        }
        Optional<RegionCode> place = Optional.ofNullable(form.placeCode()).filter(RegionCode::isValid)
                .map(RegionCode::of).filter(p -> p.level() == RegionLevel.VILLAGE && regions.find(p.value()).isPresent());
        if (place.isEmpty()) {
            problems.add(new FieldProblem("placeCode", "case.error.place"));
        }
        if (absence) {
            if (form.daysAbsent() <= 7) {
                problems.add(new FieldProblem("daysAbsent", "case.error.absenceDays"));
            }
        } else {
            if (form.situation() == null) {
                problems.add(new FieldProblem("situation", "case.error.required"));
            }
            if (form.severity() == null) {
                problems.add(new FieldProblem("severity", "case.error.required"));
            }
        }
        String idNumber = null;
        if (Texts.strippedOrNull(form.childIdNumber()) != null) {
            var id = IdNumberRules.check("childIdNumber", form.childIdNumber(), problems);
            idNumber = id == null ? null : id.value();
        }
        if (!problems.isEmpty()) {
            throw new CaseInputException(problems);
        }
        Optional<Child> child = idNumber == null ? Optional.empty() : children.identifyForReport(idNumber);
        Long childId = child.map(Child::getId).orElse(null);
        String region = child.map(Child::getVillageCode).orElse(place.get().value());
        String subject = child.map(Child::getName).orElse(name);
        CaseType type = absence ? CaseType.DROPOUT : CaseType.MANDATORY_REPORT;
        if (absence && childId != null && cases.hasOpen(childId, CaseType.DROPOUT)) {
            // Already being worked: the school's report joins the open case's log instead of a second case.
            CaseFile open = cases.findByChildIdOrderByOpenedAtDescIdDesc(childId).stream()
                    .filter(c -> c.getType() == CaseType.DROPOUT && !c.isClosed()).findFirst().orElseThrow();
            ledger.log(open, "schoolAbsence", open.getState(), Map.of(), absenceNote(form, description),
                    actor.accountId(), actor.displayName());
            return open;
        }
        Duration limit = absence ? null : switch (form.severity()) {
            case NORMAL -> properties.cases().responseNormal();
            case SERIOUS -> properties.cases().responseSerious();
            case URGENT -> properties.cases().responseUrgent();
        };
        CaseFile c = ledger.open(CaseLedger.Opening.ofChild(type, childId, subject, description, region,
                absence ? OpenedBecause.SCHOOL_ABSENCE : OpenedBecause.MANDATORY_REPORT, null, limit,
                absence ? absenceNote(form, description) : null), actor.accountId(), actor.displayName());
        // The reporter's own words for the child: what the reporter is shown back, never the registry's record.
        c.record(Map.of(REPORTED_NAME, name));
        String reporter = actor.displayName() + reporterUnit(actor);
        c.reportedBy(actor.accountId(), actor.jurisdiction().organisationId(), reporter,
                absence ? null : form.situation(), absence ? null : form.severity());
        return c;
    }

    /** The reports the user filed, with their status only. */
    @Transactional(readOnly = true)
    public List<FiledReport> filedBy(SignedInUser actor) {
        if (actor.accountId() == null) {
            return List.of();
        }
        return em.createQuery("select c from CaseFile c where c.reporterAccountId = :account "
                        + "order by c.openedAt desc", CaseFile.class)
                .setParameter("account", actor.accountId()).setMaxResults(CaseInbox.LIST_LIMIT).getResultList().stream()
                .map(c -> new FiledReport(c.getId(), c.getOpenedAt(), c.getFacts().getOrDefault(REPORTED_NAME, ""),
                        c.getSituation(),
                        c.getSeverity(), c.getType() + "." + c.getState()))
                .toList();
    }

    private String reporterUnit(SignedInUser actor) {
        Long org = actor.jurisdiction() == null ? null : actor.jurisdiction().organisationId();
        return org == null ? "" : organisations.find(org).map(o -> "（" + o.getName() + "）").orElse("");
    }

    private static String absenceNote(ReportForm form, String description) {
        return "缺课 " + form.daysAbsent() + " 天：" + description;
    }
}
