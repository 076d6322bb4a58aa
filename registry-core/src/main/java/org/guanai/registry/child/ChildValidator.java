package org.guanai.registry.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.Health;
import org.guanai.registry.person.IdNumberRules;
import org.guanai.registry.person.PhoneRule;
import org.guanai.registry.person.ResidentIdNumber;
import org.guanai.registry.shared.Texts;

/**
 * The rules a child's record must meet, whether it comes from the form or from an Excel row. It also
 * normalises what it checks (identity numbers upgraded to 18 digits, text trimmed), so what is saved
 * is what was validated.
 */
public final class ChildValidator {

    /** The programme's age limit: a child is under 16 (不满十六周岁). */
    public static final int AGE_LIMIT = 16;

    private ChildValidator() {
    }

    public static List<FieldProblem> validate(ChildDetails d, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        trim(d);
        if (!d.isHasHukou()) {
            d.setHukouType(null);
        } else if (d.getHukouType() == null) {
            problems.add(new FieldProblem("hukouType", "child.error.hukouType"));
        }
        d.setLeftBehind(LeftBehindRule.qualifies(d));
        if (!d.isLeftBehind() && !d.isInDifficulty()) {
            // Neither: say why the child is not a 留守儿童 (the 困境儿童 categories speak for themselves).
            problems.add(LeftBehindRule.parentsQualify(d) || d.isHasHukou() && d.getHukouType() == null
                    ? new FieldProblem("hukouType", "child.error.notRural")
                    : new FieldProblem("father.status", "child.error.notLeftBehind"));
        }
        if (d.isInDifficulty() && d.getDifficultyCategories().isEmpty()) {
            problems.add(new FieldProblem("difficultyCategories", "child.error.difficultyCategories"));
        }
        ResidentIdNumber id = IdNumberRules.checkIdentity(d, problems);
        if (id != null && !d.isHasHukou()) {
            problems.add(new FieldProblem("hasHukou", "child.error.idWithoutHukou"));
        } else if (id == null && d.getIdNumber() == null && d.isHasHukou()) {
            problems.add(new FieldProblem("idNumber", "child.error.idRequiredWithHukou"));
        }
        if (d.getBirthDate() != null && d.getBirthDate().isAfter(today)) {
            problems.add(new FieldProblem("birthDate", "person.error.birthDateFuture"));
        } else if (d.getBirthDate() != null && !d.getBirthDate().plusYears(AGE_LIMIT).isAfter(today)) {
            problems.add(new FieldProblem("birthDate", "child.error.aged16"));
        }

        checkParent("father", d.getFather(), problems);
        checkParent("mother", d.getMother(), problems);
        PhoneRule.check("phone", d.getPhone(), problems);
        PhoneRule.check("cadrePhone", d.getCadrePhone(), problems);

        if (d.isDelegated()) {
            ResidentIdNumber delegateId = IdNumberRules.check("delegate.idNumber", d.getDelegate().getIdNumber(), problems);
            if (delegateId != null) {
                d.getDelegate().setIdNumber(delegateId.value());
            }
            PhoneRule.check("delegate.phone", d.getDelegate().getPhone(), problems);
        }
        problems.addAll(gaps(d));
        return problems;
    }

    /**
     * The values the registry asks for that are missing, though nothing recorded is wrong (资料待补充): a parent away
     * without a work place, a delegation without the delegate, an illness or disability not named, schooling or the
     * guardianship situation not given. The form insists on them; an import lets the row in with them as warnings and
     * the child is marked incomplete until they are filled in (docs/imports.md).
     */
    public static List<FieldProblem> gaps(ChildDetails d) {
        List<FieldProblem> gaps = new ArrayList<>();
        for (String role : List.of("father", "mother")) {
            Parent p = role.equals("father") ? d.getFather() : d.getMother();
            if (p.getStatus() == ParentStatus.WORKING_AWAY && blank(p.getWorkPlace())) {
                gaps.add(new FieldProblem(role + ".workPlace", "child.error.workPlace"));
            }
        }
        if (d.isDelegated() && d.getDelegate().getElderId() == null && blank(d.getDelegate().getName())) {
            gaps.add(new FieldProblem("delegate.name", "child.error.delegateRequired"));
        }
        if (d.getHealth() == Health.DISABLED && blank(d.getDisabilityCategory())) {
            gaps.add(new FieldProblem("disabilityCategory", "child.error.disabilityCategory"));
        }
        if (d.getHealth() == Health.ILL && blank(d.getIllness())) {
            gaps.add(new FieldProblem("illness", "child.error.illness"));
        }
        if (d.getSchooling() == null) {
            gaps.add(new FieldProblem("schooling", "child.error.schooling"));
        }
        if (d.getGuardianshipType() == null) {
            gaps.add(new FieldProblem("guardianshipType", "child.error.guardianshipType"));
        }
        return gaps;
    }

    private static void checkParent(String role, Parent p, List<FieldProblem> problems) {
        ResidentIdNumber id = IdNumberRules.check(role + ".idNumber", p.getIdNumber(), problems);
        if (id != null) {
            p.setIdNumber(id.value());
            if (p.getBirthDate() == null) {
                p.setBirthDate(id.birthDate());
            }
        }
        PhoneRule.check(role + ".phone", p.getPhone(), problems);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Blank text becomes null, the rest is trimmed: the history then shows real changes only. */
    private static void trim(ChildDetails d) {
        d.setName(Texts.strippedOrNull(d.getName()));
        d.setEthnicity(Texts.strippedOrNull(d.getEthnicity()));
        d.setIdNumber(Texts.strippedOrNull(ResidentIdNumber.normalise(d.getIdNumber())));
        d.setHukouAddress(Texts.strippedOrNull(d.getHukouAddress()));
        d.setVillageCode(Texts.strippedOrNull(d.getVillageCode()));
        d.setCurrentAddress(Texts.strippedOrNull(d.getCurrentAddress()));
        d.setPhone(Texts.strippedOrNull(d.getPhone()));
        for (Parent p : List.of(d.getFather(), d.getMother())) {
            p.setName(Texts.strippedOrNull(p.getName()));
            p.setIdNumber(Texts.strippedOrNull(ResidentIdNumber.normalise(p.getIdNumber())));
            p.setPhone(Texts.strippedOrNull(p.getPhone()));
            p.setWorkPlace(Texts.strippedOrNull(p.getWorkPlace()));
        }
        for (Relative r : List.of(d.getGrandfather(), d.getGrandmother(), d.getMaternalGrandfather(),
                d.getMaternalGrandmother())) {
            r.setName(Texts.strippedOrNull(r.getName()));
        }
        Delegate g = d.getDelegate();
        g.setName(Texts.strippedOrNull(g.getName()));
        g.setIdNumber(Texts.strippedOrNull(ResidentIdNumber.normalise(g.getIdNumber())));
        g.setPhone(Texts.strippedOrNull(g.getPhone()));
        g.setRelation(Texts.strippedOrNull(g.getRelation()));
        g.setAddress(Texts.strippedOrNull(g.getAddress()));
        d.setSchoolName(Texts.strippedOrNull(d.getSchoolName()));
        d.setGrade(Texts.strippedOrNull(d.getGrade()));
        d.setDisabilityCategory(Texts.strippedOrNull(d.getDisabilityCategory()));
        d.setDisabilityGrade(Texts.strippedOrNull(d.getDisabilityGrade()));
        d.setIllness(Texts.strippedOrNull(d.getIllness()));
        d.setResponsibleCadre(Texts.strippedOrNull(d.getResponsibleCadre()));
        d.setCadrePhone(Texts.strippedOrNull(d.getCadrePhone()));
        d.setNotes(Texts.strippedOrNull(d.getNotes()));
    }
}
