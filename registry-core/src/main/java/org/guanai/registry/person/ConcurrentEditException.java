package org.guanai.registry.person;

import java.util.List;

/** Someone saved the record after this user opened it: nothing was overwritten; here is what they changed. */
public class ConcurrentEditException extends RuntimeException {

    private final List<RecordChange> recentChanges;

    public ConcurrentEditException(List<RecordChange> recentChanges) {
        super("concurrent edit");
        this.recentChanges = List.copyOf(recentChanges);
    }

    public List<RecordChange> recentChanges() {
        return recentChanges;
    }
}
