package org.guanai.registry.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One identity number, one person, across children and elders alike: the one place that answers who
 * holds a number. The unique indexes of each table back it against concurrent saves.
 */
@Component
public class IdNumberRegister {

    public record Holder(PersonType type, long id, String name, String villageCode) {
    }

    private final JdbcTemplate jdbc;

    /** Holders read ahead for a bulk check (a roster import), on this thread only, while it runs. */
    private static final ThreadLocal<Map<String, List<Holder>>> PRELOADED = new ThreadLocal<>();
    private static final int PRELOAD_CHUNK = 1000;

    IdNumberRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Who holds the number, other than the record {@code self} (of type {@code selfType}) being saved. */
    public Optional<Holder> holderOf(String idNumber, PersonType selfType, Long self) {
        if (idNumber == null) {
            return Optional.empty();
        }
        Map<String, List<Holder>> known = PRELOADED.get();
        List<Holder> holders = known != null && known.containsKey(idNumber) ? known.get(idNumber) : jdbc.query("""
                select 'CHILD' as type, id, name, village_code from child where id_number = ?
                union all
                select 'ELDER', id, name, village_code from elder where id_number = ?
                """, (rs, i) -> new Holder(PersonType.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
                rs.getString(4)), idNumber, idNumber);
        return holders.stream().filter(h -> !(h.type() == selfType && Long.valueOf(h.id()).equals(self))).findFirst();
    }

    /**
     * Of the numbers {@link #withHoldersOf} read ahead on this thread, those a person of {@code type} holds; empty
     * outside it.
     */
    public Set<String> preloadedHeldBy(PersonType type) {
        Map<String, List<Holder>> known = PRELOADED.get();
        if (known == null) {
            return Set.of();
        }
        Set<String> held = new HashSet<>();
        known.forEach((number, holders) -> {
            if (holders.stream().anyMatch(h -> h.type() == type)) {
                held.add(number);
            }
        });
        return held;
    }

    /**
     * Runs {@code work} with the holders of these numbers read in a few queries instead of one per
     * number: an import checks every row by the form's rules, and 30,000 round trips are most of its time.
     */
    public <T> T withHoldersOf(Collection<String> idNumbers, Supplier<T> work) {
        Map<String, List<Holder>> known = new HashMap<>();
        List<String> all = new ArrayList<>(idNumbers);
        for (int i = 0; i < all.size(); i += PRELOAD_CHUNK) {
            String[] chunk = all.subList(i, Math.min(all.size(), i + PRELOAD_CHUNK)).toArray(new String[0]);
            for (String n : chunk) {
                known.put(n, new ArrayList<>());
            }
            jdbc.query("""
                    select 'CHILD' as type, id, name, village_code, id_number from child where id_number = any(?)
                    union all
                    select 'ELDER', id, name, village_code, id_number from elder where id_number = any(?)
                    """, rs -> {
                known.get(rs.getString(5)).add(new Holder(PersonType.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getString(3), rs.getString(4)));
            }, chunk, chunk);
        }
        Map<String, List<Holder>> previous = PRELOADED.get();
        PRELOADED.set(known);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                PRELOADED.remove();
            } else {
                PRELOADED.set(previous);
            }
        }
    }
}
