package org.guanai.registry.child;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.guanai.registry.person.EnumSetText;
import org.guanai.registry.person.Masks;

/**
 * A child's recorded facts as field → text, for the history. Identity and phone numbers are kept
 * masked: the history is shown to everyone who may read the record and must not leak them.
 */
final class ChildSnapshot {

    private ChildSnapshot() {
    }

    /** The facts as field → text; identity and phone numbers masked when {@code masked} (the history shows them so). */
    static Map<String, String> of(ChildDetails d, boolean masked) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "leftBehind", d.isLeftBehind());
        put(m, "inDifficulty", d.isInDifficulty());
        put(m, "difficultyCategories", d.getDifficultyCategories());
        put(m, "name", d.getName());
        put(m, "sex", d.getSex());
        put(m, "ethnicity", d.getEthnicity());
        put(m, "birthDate", d.getBirthDate());
        m.put("idNumber", masked ? Masks.idNumber(d.getIdNumber()) : text(d.getIdNumber()));
        put(m, "hasHukou", d.isHasHukou());
        put(m, "hukouType", d.getHukouType());
        put(m, "hukouAddress", d.getHukouAddress());
        put(m, "villageCode", d.getVillageCode());
        put(m, "currentAddress", d.getCurrentAddress());
        m.put("phone", masked ? Masks.phone(d.getPhone()) : text(d.getPhone()));
        parent(m, "father", d.getFather(), masked);
        parent(m, "mother", d.getMother(), masked);
        relative(m, "grandfather", d.getGrandfather());
        relative(m, "grandmother", d.getGrandmother());
        relative(m, "maternalGrandfather", d.getMaternalGrandfather());
        relative(m, "maternalGrandmother", d.getMaternalGrandmother());
        put(m, "guardianKind", d.getGuardianKind());
        put(m, "guardianshipType", d.getGuardianshipType());
        put(m, "delegated", d.isDelegated());
        put(m, "agreementSigned", d.isAgreementSigned());
        Delegate g = d.getDelegate();
        put(m, "delegate.elderId", g.getElderId());
        put(m, "delegate.name", g.getName());
        m.put("delegate.idNumber", masked ? Masks.idNumber(g.getIdNumber()) : text(g.getIdNumber()));
        m.put("delegate.phone", masked ? Masks.phone(g.getPhone()) : text(g.getPhone()));
        put(m, "delegate.relation", g.getRelation());
        put(m, "delegate.address", g.getAddress());
        put(m, "schooling", d.getSchooling());
        put(m, "schoolName", d.getSchoolName());
        put(m, "grade", d.getGrade());
        put(m, "boarding", d.isBoarding());
        put(m, "health", d.getHealth());
        put(m, "disabilityCategory", d.getDisabilityCategory());
        put(m, "disabilityGrade", d.getDisabilityGrade());
        put(m, "illness", d.getIllness());
        put(m, "incomeSources", d.getIncomeSources());
        put(m, "assistance", d.getAssistance());
        put(m, "responsibleCadre", d.getResponsibleCadre());
        m.put("cadrePhone", masked ? Masks.phone(d.getCadrePhone()) : text(d.getCadrePhone()));
        put(m, "notes", d.getNotes());
        return m;
    }

    private static void parent(Map<String, String> m, String role, Parent p, boolean masked) {
        put(m, role + ".name", p.getName());
        m.put(role + ".idNumber", masked ? Masks.idNumber(p.getIdNumber()) : text(p.getIdNumber()));
        put(m, role + ".birthDate", p.getBirthDate());
        m.put(role + ".phone", masked ? Masks.phone(p.getPhone()) : text(p.getPhone()));
        put(m, role + ".status", p.getStatus());
        put(m, role + ".workPlace", p.getWorkPlace());
    }

    private static void relative(Map<String, String> m, String role, Relative r) {
        put(m, role + ".name", r.getName());
        put(m, role + ".birthDate", r.getBirthDate());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void put(Map<String, String> m, String key, Object value) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof Set set) {
            text = EnumSetText.format((Set<Enum>) set);
        } else if (value instanceof Enum<?> e) {
            text = e.name();
        } else {
            text = String.valueOf(value);
        }
        m.put(key, text);
    }
}
