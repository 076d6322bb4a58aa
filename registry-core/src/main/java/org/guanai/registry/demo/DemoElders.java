package org.guanai.registry.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.guanai.registry.elder.ChildAway;
import org.guanai.registry.elder.ElderDetails;
import org.guanai.registry.elder.ElderNeed;
import org.guanai.registry.elder.ElderValidator;
import org.guanai.registry.elder.LivingArrangement;
import org.guanai.registry.elder.MaritalStatus;
import org.guanai.registry.elder.SelfCare;
import org.guanai.registry.person.Assistance;
import org.guanai.registry.person.EnumSetText;
import org.guanai.registry.person.Health;
import org.guanai.registry.person.Pinyin;
import org.guanai.registry.person.ResidentIdNumber;
import org.guanai.registry.person.Sex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Plausible demo elders (60+, children away), validated by {@link ElderValidator}, batch-inserted. */
@Component
public class DemoElders {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "吴", "罗", "周", "龙", "石", "潘", "韦"};
    private static final String[] GIVEN = {"德", "福", "贵", "秀", "英", "兰", "芳", "明", "华", "忠", "成", "珍", "凤", "云"};
    private static final String[] WORK_PLACES = {"浙江省宁波市", "广东省东莞市", "广东省深圳市", "福建省泉州市", "贵州省贵阳市"};

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoElders(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void generate(int count, DemoPlaces places, long seed) {
        Random r = new Random(seed);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Map<String, Integer> sequences = new HashMap<>();
        List<Long> ids = jdbc.queryForList("select nextval('elder_seq') from generate_series(1, ?)", Long.class, count);
        List<Object[]> elders = new ArrayList<>();
        List<Object[]> away = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ElderDetails d = elder(r, today, places.pickVillage(r), sequences);
            if (!ElderValidator.validate(d, today).isEmpty()) {
                throw new IllegalStateException("demo elder breaks the rules: " + ElderValidator.validate(d, today));
            }
            long id = ids.get(i);
            Pinyin.Keys keys = Pinyin.of(d.getName());
            elders.add(new Object[] {id, d.getName(), keys.full(), keys.initials(), d.getSex().name(),
                Date.valueOf(d.getBirthDate()), d.getIdNumber(), d.getVillageCode(), d.getMaritalStatus().name(),
                d.getChildrenCount(), d.getLivingArrangement().name(), d.getHealth().name(), d.getSelfCare().name(),
                d.getEconomicSource(), EnumSetText.format(d.getPolicies()), EnumSetText.format(d.getNeeds()),
                d.getResponsibleCadre(), r.nextInt(10) < 7 ? Date.valueOf(today.minusDays(r.nextInt(150))) : null,
                Timestamp.from(now), Timestamp.from(now)});
            for (int k = 0; k < d.getChildrenAway().size(); k++) {
                ChildAway a = d.getChildrenAway().get(k);
                away.add(new Object[] {id, k, a.getName(), a.getWorkPlace(), a.getPhone()});
            }
        }
        jdbc.batchUpdate("""
                insert into elder (id, name, pinyin_full, pinyin_initials, sex, birth_date, id_number, village_code,
                  marital_status, children_count, living_arrangement, health, self_care, economic_source, policies,
                  needs, responsible_cadre, last_visit_date, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, elders);
        jdbc.batchUpdate("insert into elder_child_away (elder_id, position, name, work_place, phone) values (?, ?, ?, ?, ?)",
                away);
    }

    private static ElderDetails elder(Random r, LocalDate today, String village, Map<String, Integer> sequences) {
        ElderDetails d = new ElderDetails();
        String surname = SURNAMES[r.nextInt(SURNAMES.length)];
        Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        LocalDate birth = today.minusYears(60).minusDays(1 + r.nextInt(30 * 365));
        d.setName(surname + GIVEN[r.nextInt(GIVEN.length)] + GIVEN[r.nextInt(GIVEN.length)]);
        d.setSex(sex);
        d.setBirthDate(birth);
        String date = birth.toString().replace("-", "");
        String county = village.substring(0, 6);
        int n = sequences.merge(county + date + sex, 1, Integer::sum);
        String body = county + date + String.format("%03d", 500 + (n - 1) * 2 + (sex == Sex.MALE ? 1 : 0));
        d.setIdNumber(body + ResidentIdNumber.checkCharacter(body));
        d.setVillageCode(village);
        d.setMaritalStatus(r.nextInt(10) < 6 ? MaritalStatus.MARRIED : MaritalStatus.WIDOWED);
        int children = 1 + r.nextInt(4);
        d.setChildrenCount(children);
        int l = r.nextInt(100);
        d.setLivingArrangement(l < 25 ? LivingArrangement.ALONE : l < 60 ? LivingArrangement.WITH_SPOUSE
                : l < 95 ? LivingArrangement.WITH_GRANDCHILDREN : LivingArrangement.OTHER_ARRANGEMENT);
        int h = r.nextInt(100);
        d.setHealth(h < 70 ? Health.HEALTHY : h < 92 ? Health.ILL : Health.DISABLED);
        d.setSelfCare(h < 85 ? SelfCare.SELF : h < 96 ? SelfCare.PARTIAL : SelfCare.DEPENDENT);
        d.setEconomicSource(r.nextBoolean() ? "务农" : "子女供养");
        d.setPolicies(r.nextInt(4) == 0 ? EnumSet.of(Assistance.MINIMUM_LIVING) : EnumSet.noneOf(Assistance.class));
        d.setNeeds(d.getHealth() == Health.HEALTHY ? EnumSet.of(ElderNeed.COMPANIONSHIP)
                : EnumSet.of(ElderNeed.MEDICAL_CARE, ElderNeed.DAILY_CARE));
        List<ChildAway> away = new ArrayList<>();
        for (int i = 0; i < Math.min(children, 3); i++) {
            away.add(new ChildAway(surname + GIVEN[r.nextInt(GIVEN.length)] + "军", WORK_PLACES[r.nextInt(WORK_PLACES.length)],
                    "13" + String.format("%09d", r.nextInt(1_000_000_000))));
        }
        d.setChildrenAway(away);
        d.setResponsibleCadre("村干部" + SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)]);
        return d;
    }

}
