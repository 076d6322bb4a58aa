package org.guanai.registry.elder;

import org.guanai.registry.person.Health;
import org.guanai.registry.person.ListSort;
import org.guanai.registry.person.PersonFilter;
import org.guanai.registry.person.PersonStatus;

/**
 * The filters of the elders' list, as they stand in the query string; the jurisdiction applies on top.
 * {@code incomplete}: only those marked 资料待补充.
 */
public record ElderFilter(String region, LivingArrangement livingArrangement, SelfCare selfCare, Health health,
        PersonStatus status, Integer notVisitedDays, String q, ListSort sort, String after, Boolean incomplete)
        implements PersonFilter {

    public static ElderFilter none() {
        return new ElderFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
