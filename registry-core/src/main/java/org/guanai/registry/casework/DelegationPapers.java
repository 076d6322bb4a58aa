package org.guanai.registry.casework;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.Parent;
import org.guanai.registry.person.Sex;

/**
 * What attachments 1 (确认书) and 2 (责任书) are filled in with, from the delegation case and its child: full
 * numbers, because these are the documents the parties sign. Keys are the templates' names; a value not
 * recorded is blank, for the pen.
 */
public record DelegationPapers(long caseId, Map<String, String> values) {

    static DelegationPapers of(CaseFile c, ChildDetails child, String villageName, String townName) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("childName", child.getName());
        v.put("childSex", child.getSex() == null ? "" : child.getSex() == Sex.MALE ? "男" : "女");
        v.put("childBirthDate", child.getBirthDate() == null ? "" : child.getBirthDate().toString());
        v.put("childIdNumber", blank(child.getIdNumber()));
        v.put("childSchool", (blank(child.getSchoolName()) + " " + blank(child.getGrade())).strip());
        v.put("childAddress", blank(child.getCurrentAddress()).isEmpty() ? townName + villageName
                : child.getCurrentAddress());
        String entrusting = blank(c.fact(CaseField.ENTRUSTING_PARENT));
        Parent first = "MOTHER".equals(entrusting) ? child.getMother() : child.getFather();
        Parent second = "BOTH".equals(entrusting) ? child.getMother() : null;
        v.put("parentName", bothParents(first, second, Parent::getName));
        v.put("parentIdNumber", bothParents(first, second, Parent::getIdNumber));
        v.put("parentWorkPlace", bothParents(first, second, Parent::getWorkPlace));
        v.put("parentPhone", bothParents(first, second, Parent::getPhone));
        v.put("delegateName", blank(c.fact(CaseField.DELEGATE_NAME)));
        v.put("delegateIdNumber", blank(c.fact(CaseField.DELEGATE_ID_NUMBER)));
        v.put("delegateRelation", blank(c.fact(CaseField.DELEGATE_RELATION)));
        v.put("delegateAddress", blank(c.fact(CaseField.DELEGATE_ADDRESS)));
        v.put("delegatePhone", blank(c.fact(CaseField.DELEGATE_PHONE)));
        v.put("termFrom", blank(c.fact(CaseField.TERM_FROM)));
        v.put("termTo", blank(c.fact(CaseField.TERM_TO)));
        v.put("parentSignedDate", blank(c.fact(CaseField.PARENT_SIGNED_DATE)));
        v.put("delegateSignedDate", blank(c.fact(CaseField.DELEGATE_SIGNED_DATE)));
        v.put("villageName", villageName);
        v.put("townName", townName);
        v.put("caseNumber", String.valueOf(c.getId()));
        return new DelegationPapers(c.getId(), v);
    }

    /** The entrusting parent's value, and the other's after 、 when both entrust and it is known. */
    private static String bothParents(Parent first, Parent second, Function<Parent, String> value) {
        String a = blank(value.apply(first));
        String b = second == null ? "" : blank(value.apply(second));
        return b.isEmpty() ? a : a.isEmpty() ? b : a + "、" + b;
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
