package org.guanai.registry.roster;

import java.time.LocalDate;

/** What a roster prints above its headers: whose roster, the reporting unit, the period and the date. */
public record RosterHeading(String regionName, String unit, String period, LocalDate date) {
}
