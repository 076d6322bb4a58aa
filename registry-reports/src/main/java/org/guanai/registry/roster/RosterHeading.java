package org.guanai.registry.roster;

import java.time.LocalDate;

/**
 * What a roster prints above its headers: the place before the form's title (the province, as the plan names its forms:
 * 贵州省农村留守儿童花名册), the reporting unit, the period and the date.
 */
public record RosterHeading(String titlePlace, String unit, String period, LocalDate date) {

    /** The same heading for a form the plan names without a place (attachment 3: 农村留守儿童关爱保护专项行动情况汇总表). */
    public RosterHeading withoutTitlePlace() {
        return new RosterHeading("", unit, period, date);
    }
}
