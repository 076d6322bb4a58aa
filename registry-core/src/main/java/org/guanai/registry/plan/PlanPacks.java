package org.guanai.registry.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guanai.registry.organisation.DepartmentType;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The plan packs shipped with the product ({@code plans/<id>/plan.yaml} and the plan's text beside it as
 * {@code source.txt}), read once at start. A pack that does not read is a start-up failure, not a half plan.
 */
@Component
public class PlanPacks {

    private final List<PlanPack> packs;

    public PlanPacks() {
        this(load("classpath*:plans/*/plan.yaml"));
    }

    PlanPacks(List<PlanPack> packs) {
        this.packs = packs.stream().sorted(Comparator.comparing(PlanPack::issued)).toList();
    }

    /** Every pack, the oldest first. */
    public List<PlanPack> all() {
        return packs;
    }

    public Optional<PlanPack> find(String id) {
        return packs.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public PlanPack get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no plan pack " + id));
    }

    /** The plan's own text, as issued. */
    public String source(String id) {
        get(id);
        return read(new PathMatchingResourcePatternResolver().getResource("classpath:plans/" + id + "/source.txt"));
    }

    private static List<PlanPack> load(String pattern) {
        try {
            List<PlanPack> list = new ArrayList<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                list.add(parse(read(r)));
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pack from its YAML text; a missing or malformed field is an IllegalArgumentException naming it. */
    public static PlanPack parse(String yamlText) {
        Map<String, Object> m = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        String id = str(m, "id");
        try {
            Map<String, Object> w = map(m, "words");
            Map<String, Object> c = map(m, "committee");
            List<PlanPack.MemberLine> members = new ArrayList<>();
            for (Object line : list(c, "members")) {
                String[] f = line.toString().split("\\|", -1);
                if (f.length != 4) {
                    throw new IllegalArgumentException("committee member: " + line);
                }
                members.add(new PlanPack.MemberLine(f[0], blankToNull(f[1]), blankToNull(f[2]), blankToNull(f[3])));
            }
            List<PlanPack.Unit> units = new ArrayList<>();
            for (Map<String, Object> u : maps(m, "units")) {
                units.add(new PlanPack.Unit(line(u, "line"), opt(u, "code"), str(u, "name"), strings(u, "names")));
            }
            List<PlanPack.TaskLine> tasks = new ArrayList<>();
            for (Map<String, Object> t : maps(m, "tasks")) {
                PlanPack.TaskLine task = new PlanPack.TaskLine(str(t, "code"), str(t, "section"), str(t, "title"),
                        line(t, "lead"), lines(t, "responsible"), date(t, "starts"), date(t, "due"), opt(t, "every"),
                        decimal(t, "funds"), opt(t, "phase"));
                if ((task.due() == null) == (task.every() == null)) {
                    throw new IllegalArgumentException("task " + task.code() + ": a due date or a rule, not both");
                }
                tasks.add(task);
            }
            List<PlanPack.PatternLine> pattern = new ArrayList<>();
            for (Map<String, Object> p : maps(m, "pattern")) {
                pattern.add(new PlanPack.PatternLine(str(p, "level"), ((Number) p.get("number")).intValue(),
                        str(p, "title"), line(p, "lead"), lines(p, "responsible"), date(p, "due"), decimal(p, "funds"),
                        opt(p, "shownByCare")));
            }
            List<PlanPack.RouteLine> routes = new ArrayList<>();
            for (Map<String, Object> r : maps(m, "routes")) {
                routes.add(new PlanPack.RouteLine(str(r, "type"), line(r, "line"), Boolean.TRUE.equals(r.get("townFirst")),
                        ((Number) r.get("days")).intValue(), str(r, "lead"), str(r, "responsible"), str(r, "basis")));
            }
            List<PlanPack.Criterion> criteria = new ArrayList<>();
            for (Map<String, Object> a : maps(m, "assessment")) {
                criteria.add(new PlanPack.Criterion(str(a, "name"), ((Number) a.get("points")).intValue()));
            }
            return new PlanPack(id, str(m, "name"), str(m, "issuer"), opt(m, "number"), date(m, "issued"),
                    ((Number) m.get("year")).intValue(), strings(m, "covers"),
                    new PlanWords(str(w, "town"), str(w, "village"), str(w, "villageCommittee")),
                    ((Number) m.get("reportDeadlineDay")).intValue(),
                    new PlanPack.CommitteeLine(str(c, "kind"), str(c, "name"), opt(c, "basis"), opt(c, "office"),
                            List.copyOf(members)), List.copyOf(units), List.copyOf(tasks), List.copyOf(pattern),
                    strings(m, "caseTypes"), List.copyOf(routes), List.copyOf(criteria));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("plan pack " + id + ": " + e.getMessage(), e);
        }
    }

    private static String read(Resource r) {
        try (InputStream in = r.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String str(Map<String, Object> m, String key) {
        String s = opt(m, key);
        if (s == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return s;
    }

    private static String opt(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : blankToNull(v.toString());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Map)) {
            throw new IllegalArgumentException("missing " + key);
        }
        return (Map<String, Object>) v;
    }

    private static List<?> list(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? List.of() : (List<?>) v;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Map<String, Object> m, String key) {
        return (List<Map<String, Object>>) list(m, key);
    }

    private static List<String> strings(Map<String, Object> m, String key) {
        return list(m, key).stream().map(Object::toString).toList();
    }

    private static DepartmentType line(Map<String, Object> m, String key) {
        return DepartmentType.valueOf(str(m, key));
    }

    private static Set<DepartmentType> lines(Map<String, Object> m, String key) {
        Set<DepartmentType> set = EnumSet.noneOf(DepartmentType.class);
        list(m, key).forEach(v -> set.add(DepartmentType.valueOf(v.toString())));
        return set;
    }

    private static LocalDate date(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return v == null ? null : LocalDate.parse(v.toString());
    }

    private static BigDecimal decimal(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : new BigDecimal(v.toString());
    }

}
