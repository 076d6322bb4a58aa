package org.guanai.registry.care;

import java.time.LocalDate;
import java.util.List;
import org.guanai.registry.person.PersonType;

/**
 * An activity (课业辅导, 亲情通话 …) at a place or elsewhere, with who gave it and who took part: {@code participantCount}
 * everyone, {@code participants} those the reader may see by name.
 */
public record Activity(long id, String regionCode, String regionName, Long placeId, String placeName, ActivityKind kind,
        LocalDate date, String organiser, String notes, String recordedBy, int participantCount, List<String> carers,
        List<Participant> participants) {

    /** A child or an elder who took part. */
    public record Participant(PersonType type, long id, String name, String villageName, String villageCode) {

        /** The form's value and the person's page. */
        public String key() {
            return type + ":" + id;
        }

        public String path() {
            return (type == PersonType.CHILD ? "/children/" : "/elderly/") + id;
        }
    }
}
