package org.guanai.registry.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Values read from the database, kept per node for at most {@code maxAge} (seconds) by key and dropped all at once when
 * this node writes what they are read from ({@link #forget}); a write on another node shows within {@code maxAge}
 * (decision 046: the inbox badge, the county office's alerts). At most {@code maxKept} keys; past that, all are dropped.
 */
public final class KeptBriefly<K, V> {

    /** How long values are kept ({@code registry.kept-briefly-for}, 5 s unless set), for {@code @Value}. */
    public static final String KEPT_FOR = "${registry.kept-briefly-for:PT5S}";

    private record Kept<V>(V value, Instant at, long generation) {
    }

    private final Duration maxAge;
    private final Clock clock;
    private final int maxKept;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    /** Moves on with every write on this node: a value read before it is not given again. */
    private final AtomicLong generation = new AtomicLong();

    public KeptBriefly(Duration maxAge, Clock clock, int maxKept) {
        this.maxAge = maxAge;
        this.clock = clock;
        this.maxKept = maxKept;
    }

    /** The value kept for {@code key}, or {@code read}'s (never null), kept from now. */
    public V get(K key, Supplier<V> read) {
        long now = generation.get(); // before the read: a write ending meanwhile makes what it reads stale at once
        Instant at = clock.instant();
        Kept<V> k = kept.get(key);
        if (k != null && k.generation() == now && k.at().plus(maxAge).isAfter(at)) {
            return k.value();
        }
        V value = read.get();
        if (kept.size() >= maxKept) {
            kept.clear();
        }
        kept.put(key, new Kept<>(value, at, now));
        return value;
    }

    /** Drops every value kept: what they are read from was written on this node. */
    public void forget() {
        generation.incrementAndGet();
    }
}
