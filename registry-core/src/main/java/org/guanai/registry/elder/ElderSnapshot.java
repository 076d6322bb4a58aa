package org.guanai.registry.elder;

import java.util.LinkedHashMap;
import java.util.Map;
import org.guanai.registry.person.EnumSetText;
import org.guanai.registry.person.Masks;

/** An elder's facts as field → text, for the history; identity and phone numbers masked. */
final class ElderSnapshot {

    private ElderSnapshot() {
    }

    /** The facts as field → text; identity and phone numbers masked when {@code masked} (the history shows them so). */
    static Map<String, String> of(ElderDetails d, boolean masked) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", text(d.getName()));
        m.put("sex", text(d.getSex()));
        m.put("ethnicity", text(d.getEthnicity()));
        m.put("birthDate", text(d.getBirthDate()));
        m.put("idNumber", masked ? Masks.idNumber(d.getIdNumber()) : text(d.getIdNumber()));
        m.put("villageCode", text(d.getVillageCode()));
        m.put("currentAddress", text(d.getCurrentAddress()));
        m.put("phone", masked ? Masks.phone(d.getPhone()) : text(d.getPhone()));
        m.put("maritalStatus", text(d.getMaritalStatus()));
        m.put("childrenCount", text(d.getChildrenCount()));
        m.put("livingArrangement", text(d.getLivingArrangement()));
        m.put("health", text(d.getHealth()));
        m.put("selfCare", text(d.getSelfCare()));
        m.put("economicSource", text(d.getEconomicSource()));
        m.put("policies", EnumSetText.format(d.getPolicies()));
        m.put("needs", EnumSetText.format(d.getNeeds()));
        for (int i = 0; i < d.getChildrenAway().size(); i++) {
            ChildAway a = d.getChildrenAway().get(i);
            m.put("childrenAway[" + i + "]", text(a.getName()) + " " + text(a.getWorkPlace()) + " "
                    + (masked ? Masks.phone(a.getPhone()) : text(a.getPhone())));
        }
        m.put("contactName", text(d.getContactName()));
        m.put("contactPhone", masked ? Masks.phone(d.getContactPhone()) : text(d.getContactPhone()));
        m.put("responsibleCadre", text(d.getResponsibleCadre()));
        m.put("cadrePhone", masked ? Masks.phone(d.getCadrePhone()) : text(d.getCadrePhone()));
        m.put("notes", text(d.getNotes()));
        return m;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }
}
