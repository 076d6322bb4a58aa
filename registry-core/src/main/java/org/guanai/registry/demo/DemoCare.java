package org.guanai.registry.demo;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.guanai.registry.care.ActivityKind;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo county's care over the past year, so every care page and figure shows something: in each village a
 * 儿童之家 (and in every other one a 四点半学堂), a 儿童主任 (中坝村's is the {@code zhongba} account), a 童伴妈妈 and
 * volunteers; key-target children paired with the 童伴妈妈 and under the 包保 of the village worker, with monthly
 * contacts; two activities a month per village with some of its children; half the key targets filed with the police;
 * a third of the elders paired with a volunteer and under the village worker's 包保.
 */
@Component
class DemoCare {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "吴", "罗", "龙", "石"};
    private static final String[] GIVEN = {"秀英", "桂芳", "晓燕", "丽", "红梅", "建华", "志强", "海燕", "春花", "明"};

    private final JdbcTemplate jdbc;
    private final RegionService regions;
    private final RegistryProperties properties;
    private final Clock clock;

    DemoCare(JdbcTemplate jdbc, RegionService regions, RegistryProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.properties = properties;
        this.clock = clock;
    }

    void generate(RegionCode county, long seed) {
        Random random = new Random(seed);
        LocalDate today = properties.today(clock);
        Timestamp now = Timestamp.from(Instant.now(clock));
        Map<String, Long> villageAccounts = new HashMap<>();
        jdbc.query("select scope_region_code, id from account where role = 'VILLAGE' and enabled",
                (ResultSet rs) -> {
                    villageAccounts.put(rs.getString(1), rs.getLong(2));
                });
        int n = 0;
        for (Region village : regions.subtree(county)) {
            if (village.getLevel() != RegionLevel.VILLAGE) {
                continue;
            }
            String code = village.getCode();
            long home = place(code, "CHILDREN_HOME", village.getName() + "儿童之家", now);
            if (n++ % 2 == 0) {
                place(code, "AFTER_SCHOOL", village.getName() + "“四点半”学堂", now);
            }
            Long account = villageAccounts.get(code);
            long director = carer(code, "CHILDREN_DIRECTOR", account != null ? "吴芳" : name(random), account, null,
                    "2026年县级儿童主任培训", now);
            long mother = carer(code, "COMPANION_MOTHER", name(random), null, null, "童伴妈妈岗前培训", now);
            String team = village.getName() + "志愿服务队";
            List<Long> volunteers = List.of(carer(code, "VOLUNTEER", name(random), null, team, null, now),
                    carer(code, "VOLUNTEER", name(random), null, team, null, now));
            List<long[]> children = jdbc.query("select id, case when key_target then 1 else 0 end from child"
                    + " where village_code = ? and status = 'ACTIVE' order by id",
                    (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, code);
            for (long[] child : children) {
                if (child[1] == 1) {
                    pairAndLook(child[0], mother, director, account, code, today, random, now);
                }
            }
            List<Long> elders = jdbc.queryForList("select id from elder where village_code = ? and status = 'ACTIVE'"
                    + " order by id", Long.class, code);
            for (Long elder : elders) {
                if (random.nextInt(10) < 3) {
                    elderPairing(elder, volunteers.get(random.nextInt(volunteers.size())), director, account, today,
                            random, now);
                }
            }
            activities(code, home, director, volunteers, children, today, random, now);
        }
    }

    private void pairAndLook(long childId, long mother, long director, Long account, String village, LocalDate today,
            Random random, Timestamp now) {
        LocalDate since = today.minusDays(30 + random.nextInt(330));
        if (random.nextInt(10) < 7) {
            Long pairing = jdbc.queryForObject("""
                    insert into care_pairing (carer_id, person_type, person_id, starts_on, created_by, created_at)
                    values (?, 'CHILD', ?, ?, 'demo', ?) returning id
                    """, Long.class, mother, childId, Date.valueOf(since), now);
            LocalDate last = null;
            // Backwards from the last few days, so this month's figures show something on any day of the month.
            for (LocalDate d = today.minusDays(random.nextInt(6)); d.isAfter(since); d = d.minusDays(25 + random
                    .nextInt(20))) {
                String kind = random.nextInt(3) == 0 ? "PHONE" : "HOME";
                jdbc.update("""
                        insert into visit (id, person_type, person_id, visit_date, visitor, kind, findings,
                            follow_up_needed, recorded_by, recorded_at, pairing_id)
                        values (nextval('visit_seq'), 'CHILD', ?, ?, '童伴妈妈', ?, ?, false, 'demo', ?, ?)
                        """, childId, Date.valueOf(d), kind, "HOME".equals(kind) ? "孩子在家，学习生活正常" : "电话询问近况",
                        now, pairing);
                last = last == null || d.isAfter(last) ? d : last;
            }
            if (last != null) {
                jdbc.update("update child set last_visit_date = greatest(coalesce(last_visit_date, ?), ?) where id = ?",
                        Date.valueOf(last), Date.valueOf(last), childId);
            }
        }
        if (random.nextInt(10) < 8) {
            jdbc.update("""
                    insert into care_responsibility (person_type, person_id, account_id, carer_id, assigned_on,
                        assigned_by)
                    values ('CHILD', ?, ?, ?, ?, 'demo')
                    """, childId, account, account == null ? director : null, Date.valueOf(since));
        }
        if (random.nextBoolean()) {
            String town = regions.nameOf(RegionCode.of(village).ancestorAt(RegionLevel.TOWN).value());
            jdbc.update("insert into police_filing (child_id, filed_on, station, recorded_by, recorded_at)"
                    + " values (?, ?, ?, 'demo', ?)", childId, Date.valueOf(since.plusDays(7).isAfter(today) ? today
                            : since.plusDays(7)), town.replaceAll("(镇|街道|乡)$", "") + "派出所", now);
        }
    }

    /** An elder paired with a volunteer, visited about every two months, under the village worker's 包保. */
    private void elderPairing(long elderId, long volunteer, long director, Long account, LocalDate today,
            Random random, Timestamp now) {
        LocalDate since = today.minusDays(60 + random.nextInt(300));
        Long pairing = jdbc.queryForObject("""
                insert into care_pairing (carer_id, person_type, person_id, starts_on, created_by, created_at)
                values (?, 'ELDER', ?, ?, 'demo', ?) returning id
                """, Long.class, volunteer, elderId, Date.valueOf(since), now);
        LocalDate last = null;
        for (LocalDate d = today.minusDays(random.nextInt(20)); d.isAfter(since); d = d.minusDays(50 + random
                .nextInt(30))) {
            jdbc.update("""
                    insert into visit (id, person_type, person_id, visit_date, visitor, kind, findings,
                        follow_up_needed, recorded_by, recorded_at, pairing_id)
                    values (nextval('visit_seq'), 'ELDER', ?, ?, '志愿者', 'HOME', '帮助打扫卫生，陪老人聊天', false,
                        'demo', ?, ?)
                    """, elderId, Date.valueOf(d), now, pairing);
            last = last == null || d.isAfter(last) ? d : last;
        }
        if (last != null) {
            jdbc.update("update elder set last_visit_date = greatest(coalesce(last_visit_date, ?), ?) where id = ?",
                    Date.valueOf(last), Date.valueOf(last), elderId);
        }
        jdbc.update("""
                insert into care_responsibility (person_type, person_id, account_id, carer_id, assigned_on, assigned_by)
                values ('ELDER', ?, ?, ?, ?, 'demo')
                """, elderId, account, account == null ? director : null, Date.valueOf(since));
    }

    private void activities(String village, long home, long director, List<Long> volunteers, List<long[]> children,
            LocalDate today, Random random, Timestamp now) {
        if (children.isEmpty()) {
            return;
        }
        ActivityKind[] kinds = ActivityKind.values();
        for (LocalDate d = today.minusDays(random.nextInt(4)); d.isAfter(today.minusDays(365)); d = d.minusDays(10
                + random.nextInt(12))) {
            ActivityKind kind = kinds[random.nextInt(kinds.length - 1)];
            Long id = jdbc.queryForObject("""
                    insert into care_activity (region_code, place_id, kind, activity_date, organiser, notes,
                        recorded_by, recorded_at)
                    values (?, ?, ?, ?, '村儿童主任', '演示数据', 'demo', ?) returning id
                    """, Long.class, village, home, kind.name(), Date.valueOf(d), now);
            jdbc.update("insert into care_activity_carer (activity_id, carer_id) values (?, ?)", id, director);
            jdbc.update("insert into care_activity_carer (activity_id, carer_id) values (?, ?)", id,
                    volunteers.get(random.nextInt(volunteers.size())));
            List<long[]> picked = new ArrayList<>(children);
            Collections.shuffle(picked, random);
            for (long[] child : picked.subList(0, Math.min(picked.size(), 3 + random.nextInt(8)))) {
                jdbc.update("insert into care_activity_participant (activity_id, person_type, person_id)"
                        + " values (?, 'CHILD', ?)", id, child[0]);
            }
        }
    }

    private long place(String region, String kind, String name, Timestamp now) {
        return jdbc.queryForObject("""
                insert into care_place (region_code, kind, name, address, opening_hours, person_in_charge, capacity,
                    status, created_at, updated_at)
                values (?, ?, ?, ?, '周一至周五 16:30—18:30，周六 9:00—17:00', '村儿童主任', 40, 'OPEN', ?, ?)
                returning id
                """, Long.class, region, kind, name, "村委会旁", now, now);
    }

    private long carer(String region, String role, String name, Long account, String team, String training,
            Timestamp now) {
        return jdbc.queryForObject("""
                insert into carer (region_code, role, name, phone, account_id, team, training, active, created_at,
                    updated_at)
                values (?, ?, ?, null, ?, ?, ?, true, ?, ?) returning id
                """, Long.class, region, role, name, account, team, training, now, now);
    }

    private static String name(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }
}
