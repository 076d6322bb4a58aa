package org.guanai.registry.elder;

import org.guanai.registry.person.Health;
import org.guanai.registry.person.PersonStatus;

/**
 * The filters of the elders' list, as they stand in the query string; the jurisdiction applies on top.
 * {@code incomplete}: only those marked 资料待补充.
 */
public record ElderFilter(String region, LivingArrangement livingArrangement, SelfCare selfCare, Health health,
        PersonStatus status, Integer notVisitedDays, String q, Sort sort, String after, Boolean incomplete) {

    public enum Sort {
        RECENT, NAME
    }

    public static ElderFilter none() {
        return new ElderFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public Sort sortOrDefault() {
        return sort == null ? Sort.RECENT : sort;
    }

    public PersonStatus statusOrDefault() {
        return status == null ? PersonStatus.ACTIVE : status;
    }
}
