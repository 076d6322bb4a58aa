package org.guanai.registry.care;

import java.time.LocalDate;

/** 派出所备案: the police station that keeps a record of a child under 包保, and since when. */
public record PoliceFiling(LocalDate filedOn, String station) {
}
