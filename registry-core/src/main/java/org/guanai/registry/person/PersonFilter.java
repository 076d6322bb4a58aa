package org.guanai.registry.person;

/**
 * The filters every roster list has, child or elder, as they stand in the query string; each kind's filter adds its
 * own (read by its {@link PersonListQuery#ownFilters}). Every field is optional; the jurisdiction applies on top.
 */
public interface PersonFilter {

    /** A region code inside the jurisdiction (a town or a village), or null. */
    String region();

    Health health();

    PersonStatus status();

    /** Not visited for at least this many days (never visited counts). */
    Integer notVisitedDays();

    /** A name, pinyin, initials or an identity number. */
    String q();

    ListSort sort();

    /** Where the previous page ended ({@link PersonListQuery}'s cursor). */
    String after();

    /** Only those marked 资料待补充. */
    Boolean incomplete();

    default ListSort sortOrDefault() {
        return sort() == null ? ListSort.RECENT : sort();
    }

    default PersonStatus statusOrDefault() {
        return status() == null ? PersonStatus.ACTIVE : status();
    }
}
