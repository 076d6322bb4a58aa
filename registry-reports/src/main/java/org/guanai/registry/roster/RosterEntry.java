package org.guanai.registry.roster;

import java.time.LocalDate;

/** One person as a roster row prints them: position, details, the names of their town and village. */
public record RosterEntry<D>(int index, D details, String townName, String villageName, LocalDate today) {
}
