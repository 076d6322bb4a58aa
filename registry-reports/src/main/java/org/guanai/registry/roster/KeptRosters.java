package org.guanai.registry.roster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.guanai.registry.imports.ImportService.ReadRoster;
import org.guanai.registry.person.PersonType;

/**
 * The rosters this node read for a preview, kept until their commit so it plans them again without reading the stored
 * file again (decision 045). Only a help: a commit that finds none here — another node previewed it, this one
 * restarted, the roster was dropped — reads the stored file as before, and either way the commit plans every row
 * again against the registry under the towns' locks.
 *
 * <p>They hold people's data, so they are kept briefly and never beyond their import: at most {@link #KEPT_FOR}, at
 * most {@link #MAX_ROWS} rows in all (the oldest dropped first), and dropped when the import is committed or
 * discarded. A roster is given only for the import it was read for, by its id, kind and the file's SHA-256.
 */
final class KeptRosters {

    static final Duration KEPT_FOR = Duration.ofMinutes(30);
    /**
     * The largest roster the import's budget is written for (a county's 30,000 children), or many towns' smaller ones:
     * a row read takes about 3 KB of heap, so up to some 90 MB.
     */
    static final int MAX_ROWS = 30_000;

    private record Kept(PersonType type, String sha256, ReadRoster<?> roster, Instant keptAt) {
    }

    private final Clock clock;
    private final Map<Long, Kept> kept = new LinkedHashMap<>(); // oldest first
    private int rows;

    KeptRosters(Clock clock) {
        this.clock = clock;
    }

    synchronized void keep(long batchId, PersonType type, String sha256, ReadRoster<?> roster) {
        dropExpired();
        forget(batchId);
        if (roster.rows().size() > MAX_ROWS) {
            return;
        }
        kept.put(batchId, new Kept(type, sha256, roster, clock.instant()));
        rows += roster.rows().size();
        Iterator<Kept> oldest = kept.values().iterator();
        while (rows > MAX_ROWS) {
            rows -= oldest.next().roster().rows().size();
            oldest.remove();
        }
    }

    /** The roster read for this import, or null. */
    @SuppressWarnings("unchecked")
    synchronized <D> ReadRoster<D> of(long batchId, PersonType type, String sha256) {
        dropExpired();
        Kept k = kept.get(batchId);
        return k != null && k.type() == type && k.sha256().equals(sha256) ? (ReadRoster<D>) k.roster() : null;
    }

    synchronized void forget(long batchId) {
        Kept k = kept.remove(batchId);
        if (k != null) {
            rows -= k.roster().rows().size();
        }
    }

    synchronized int rows() {
        return rows;
    }

    private void dropExpired() {
        Instant before = clock.instant().minus(KEPT_FOR);
        Iterator<Kept> oldest = kept.values().iterator();
        while (oldest.hasNext()) {
            Kept k = oldest.next();
            if (!k.keptAt().isBefore(before)) {
                return; // kept in time order
            }
            rows -= k.roster().rows().size();
            oldest.remove();
        }
    }
}
