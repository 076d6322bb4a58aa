package org.guanai.registry.elder;

import java.util.LinkedHashMap;
import java.util.Map;
import org.guanai.registry.person.EnumSetText;
import org.guanai.registry.person.Masks;

/** An elder's facts as field → text, for the history; identity and phone numbers masked. */
final class ElderSnapshot {

    private ElderSnapshot() {
    }

    static Map<String, String> of(ElderDetails d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", text(d.getName()));
        m.put("sex", text(d.getSex()));
        m.put("ethnicity", text(d.getEthnicity()));
        m.put("birthDate", text(d.getBirthDate()));
        m.put("idNumber", Masks.idNumber(d.getIdNumber()));
        m.put("villageCode", text(d.getVillageCode()));
        m.put("currentAddress", text(d.getCurrentAddress()));
        m.put("phone", Masks.phone(d.getPhone()));
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
                    + Masks.phone(a.getPhone()));
        }
        m.put("contactName", text(d.getContactName()));
        m.put("contactPhone", Masks.phone(d.getContactPhone()));
        m.put("responsibleCadre", text(d.getResponsibleCadre()));
        m.put("cadrePhone", Masks.phone(d.getCadrePhone()));
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
