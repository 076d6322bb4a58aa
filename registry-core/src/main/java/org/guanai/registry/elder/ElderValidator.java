package org.guanai.registry.elder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.IdNumberRules;
import org.guanai.registry.person.PhoneRule;
import org.guanai.registry.person.ResidentIdNumber;
import org.guanai.registry.shared.Texts;

/** The rules of an elder's record, for the form and the import alike; normalises what it checks. */
public final class ElderValidator {

    /** 留守老人: 60 or older. */
    public static final int MIN_AGE = 60;

    private ElderValidator() {
    }

    public static List<FieldProblem> validate(ElderDetails d, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        d.setName(Texts.strippedOrNull(d.getName()));
        d.setIdNumber(Texts.strippedOrNull(ResidentIdNumber.normalise(d.getIdNumber())));
        d.setVillageCode(Texts.strippedOrNull(d.getVillageCode()));
        d.setPhone(Texts.strippedOrNull(d.getPhone()));
        d.setContactPhone(Texts.strippedOrNull(d.getContactPhone()));
        d.setCadrePhone(Texts.strippedOrNull(d.getCadrePhone()));
        d.setChildrenAway(d.getChildrenAway().stream().filter(a -> !a.isBlank()).toList());

        IdNumberRules.checkIdentity(d, problems);
        if (d.getBirthDate() != null && d.getBirthDate().plusYears(MIN_AGE).isAfter(today)) {
            problems.add(new FieldProblem("birthDate", "elder.error.under60"));
        }
        if (d.getChildrenCount() != null && (d.getChildrenCount() < 0 || d.getChildrenCount() > 20)) {
            problems.add(new FieldProblem("childrenCount", "elder.error.childrenCount"));
        }
        for (int i = 0; i < d.getChildrenAway().size(); i++) {
            ChildAway away = d.getChildrenAway().get(i);
            PhoneRule.check("childrenAway[" + i + "].phone", away.getPhone(), problems);
        }
        PhoneRule.check("phone", d.getPhone(), problems);
        PhoneRule.check("contactPhone", d.getContactPhone(), problems);
        PhoneRule.check("cadrePhone", d.getCadrePhone(), problems);
        problems.addAll(gaps(d));
        return problems;
    }

    /**
     * The values the registry asks for that are missing, though nothing recorded is wrong (资料待补充): a child away
     * without a name, the living arrangement or self-care not given. The form insists on them; an import lets the row
     * in with them as warnings and marks the elder incomplete (docs/imports.md).
     */
    public static List<FieldProblem> gaps(ElderDetails d) {
        List<FieldProblem> gaps = new ArrayList<>();
        for (int i = 0; i < d.getChildrenAway().size(); i++) {
            String name = d.getChildrenAway().get(i).getName();
            if (name == null || name.isBlank()) {
                gaps.add(new FieldProblem("childrenAway[" + i + "].name", "elder.error.childAwayName"));
            }
        }
        if (d.getLivingArrangement() == null) {
            gaps.add(new FieldProblem("livingArrangement", "elder.error.livingArrangement"));
        }
        if (d.getSelfCare() == null) {
            gaps.add(new FieldProblem("selfCare", "elder.error.selfCare"));
        }
        return gaps;
    }
}
