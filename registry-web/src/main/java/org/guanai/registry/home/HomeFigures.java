package org.guanai.registry.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.guanai.registry.account.Role;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The home page's figures of a scope (a role in a jurisdiction), worked out and rendered at most once per
 * {@code maxAge} (a minute) and shared by everyone of that scope; the page says when they were worked out ("数据更新于
 * …"). The county office's home page ran a dozen counts over the whole county on every request, and rendering them
 * was a quarter of its Java once they were kept (docs/performance.md). Per node: another node works its own out. What is
 * the user's own (its name, its overdue visits, the county's alerts) is never kept here.
 */
@Component
class HomeFigures {

    /** Beyond this many scopes kept, the stale ones are dropped when a new one is added. */
    static final int MAX_SCOPES = 2000;

    record Scope(Role role, Jurisdiction jurisdiction) {
    }

    /** A scope's figures as the page shows them (HTML) and the instant they were worked out. */
    record Snapshot(Instant at, String html) {
    }

    private final Duration maxAge;
    private final Clock clock;
    private final Map<Scope, Snapshot> kept = new ConcurrentHashMap<>();

    HomeFigures(@Value("${registry.home.figures-max-age:PT1M}") Duration maxAge, Clock clock) {
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /**
     * The scope's figures: those kept if worked out less than {@code maxAge} ago, else {@code render}'s, given the
     * instant they are worked out (two requests of a scope at its expiry may both work them out; the later is kept).
     */
    Snapshot of(Scope scope, Function<Instant, String> render) {
        Instant now = clock.instant();
        Snapshot known = kept.get(scope);
        if (known != null && known.at().plus(maxAge).isAfter(now)) {
            return known;
        }
        Snapshot fresh = new Snapshot(now, render.apply(now));
        if (!maxAge.isZero() && !maxAge.isNegative()) {
            if (kept.size() >= MAX_SCOPES) {
                kept.values().removeIf(s -> !s.at().plus(maxAge).isAfter(now));
            }
            kept.put(scope, fresh);
        }
        return fresh;
    }
}
