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
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.ChildValidator;
import org.guanai.registry.child.DifficultyCategory;
import org.guanai.registry.child.GuardianKind;
import org.guanai.registry.child.GuardianshipType;
import org.guanai.registry.child.IncomeSource;
import org.guanai.registry.child.HukouType;
import org.guanai.registry.child.KeyTargets;
import org.guanai.registry.child.LeftBehindRule;
import org.guanai.registry.child.ParentStatus;
import org.guanai.registry.child.Schooling;
import org.guanai.registry.person.Assistance;
import org.guanai.registry.person.EnumSetText;
import org.guanai.registry.person.Health;
import org.guanai.registry.person.Pinyin;
import org.guanai.registry.person.ResidentIdNumber;
import org.guanai.registry.person.Sex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Plausible demo children with valid identity numbers and realistic proportions of key targets, in
 * batches straight into PostgreSQL (fast enough for a province-sized set of 1,000,000). Every record
 * passes {@link ChildValidator}, and its flags and search keys come from {@link KeyTargets} and
 * {@link Pinyin}, as for a record saved through the form.
 */
@Component
public class DemoChildren {

    private static final Logger log = LoggerFactory.getLogger(DemoChildren.class);
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "吴", "罗", "周", "赵", "龙", "石",
        "潘", "韦", "蒙", "吴", "田", "杨", "罗", "宋", "曾", "谢", "何", "付", "邓", "肖", "熊", "彭", "冉"};
    private static final String[] GIVEN = {"小", "子", "思", "雨", "欣", "浩", "宇", "梓", "涵", "轩", "怡", "佳", "晨", "嘉",
        "俊", "文", "明", "丽", "娟", "婷", "杰", "磊", "鑫", "瑶", "琪", "博", "阳", "诗", "雅", "宏", "秀", "兰", "春", "华"};
    private static final String[] WORK_PLACES = {"浙江省宁波市", "广东省东莞市", "广东省深圳市", "福建省泉州市", "江苏省苏州市",
        "贵州省贵阳市", "上海市", "浙江省温州市", "广东省佛山市", "云南省昆明市"};
    private static final String[] ETHNICITIES = {"汉族", "汉族", "汉族", "布依族", "布依族", "苗族", "苗族", "侗族", "水族"};
    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoChildren(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Inserts {@code count} children spread over {@code places}; deterministic for a seed. */
    public void generate(int count, DemoPlaces places, long seed) {
        Random random = new Random(seed);
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> sequenceByBirth = new HashMap<>();
        Instant now = clock.instant();
        List<Object[]> batch = new ArrayList<>(BATCH);
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String village = places.pickVillage(random);
            ChildDetails d = child(random, today, village, places.countyName(village), sequenceByBirth);
            List<?> problems = ChildValidator.validate(d, today);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("demo child breaks the rules: " + problems);
            }
            batch.add(row(d, random, today, now));
            if (batch.size() == BATCH) {
                insert(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            insert(batch);
        }
        log.info("Generated {} demo children in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    private ChildDetails child(Random r, LocalDate today, String village, String county,
            Map<String, Integer> sequenceByBirth) {
        ChildDetails d = new ChildDetails();
        LocalDate birth = today.minusDays(1 + r.nextInt(16 * 365 - 2));
        Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        String surname = SURNAMES[r.nextInt(SURNAMES.length)];
        d.setName(surname + GIVEN[r.nextInt(GIVEN.length)] + (r.nextInt(3) == 0 ? "" : GIVEN[r.nextInt(GIVEN.length)]));
        d.setSex(sex);
        d.setBirthDate(birth);
        d.setEthnicity(ETHNICITIES[r.nextInt(ETHNICITIES.length)]);
        d.setVillageCode(village);
        d.setHasHukou(r.nextInt(100) >= 2);
        if (d.isHasHukou()) {
            d.setIdNumber(idNumber(village.substring(0, 6), birth, sex, sequenceByBirth));
            d.setHukouAddress("贵州省" + county);
        }
        d.setCurrentAddress(county + village.substring(9) + "组");

        int p = r.nextInt(100);
        d.getFather().setName(surname + GIVEN[r.nextInt(GIVEN.length)] + GIVEN[r.nextInt(GIVEN.length)]);
        d.getFather().setStatus(p < 90 ? ParentStatus.WORKING_AWAY : p < 95 ? ParentStatus.AT_HOME
                : p < 97 ? ParentStatus.IN_PRISON : ParentStatus.DECEASED);
        d.getMother().setName(SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)] + "妹");
        int m = r.nextInt(100);
        d.getMother().setStatus(m < 72 ? ParentStatus.WORKING_AWAY : m < 90 ? ParentStatus.AT_HOME
                : m < 94 ? ParentStatus.INCAPABLE : m < 97 ? ParentStatus.MISSING : ParentStatus.DECEASED);
        for (var parent : List.of(d.getFather(), d.getMother())) {
            if (parent.getStatus() == ParentStatus.WORKING_AWAY) {
                parent.setWorkPlace(WORK_PLACES[r.nextInt(WORK_PLACES.length)]);
                parent.setPhone("13" + String.format("%09d", r.nextInt(1_000_000_000)));
            }
        }
        boolean bothAway = KeyTargets.bothParentsAway(d);
        d.setHukouType(d.isHasHukou() ? HukouType.RURAL : null);
        d.setLeftBehind(LeftBehindRule.qualifies(d));
        int g = r.nextInt(100);
        d.setGuardianKind(!bothAway && g < 60 ? GuardianKind.PARENT : g < 88 ? GuardianKind.GRANDPARENT
                : g < 98 ? GuardianKind.OTHER_RELATIVE_OR_FRIEND : GuardianKind.NONE);
        if (d.getGuardianKind() == GuardianKind.GRANDPARENT) {
            d.getGrandmother().setName(surname + "奶奶");
            d.getGrandfather().setName(surname + "爷爷");
        }
        int t = r.nextInt(100);
        d.setGuardianshipType(d.getGuardianKind() == GuardianKind.NONE ? GuardianshipType.UNATTENDED
                : t < 40 ? GuardianshipType.GOOD : t < 90 ? GuardianshipType.FAIR
                : t < 95 ? GuardianshipType.DELEGATE_INSUFFICIENT : GuardianshipType.PARENT_INCAPABLE);
        if (d.getGuardianKind() == GuardianKind.OTHER_RELATIVE_OR_FRIEND) {
            d.setDelegated(true);
            d.getDelegate().setName(SURNAMES[r.nextInt(SURNAMES.length)] + "阿姨");
            d.getDelegate().setRelation("姨妈");
        }

        int age = today.getYear() - birth.getYear() - (today.getDayOfYear() < birth.getDayOfYear() ? 1 : 0);
        d.setSchooling(schooling(age, r));
        if (d.getSchooling() == Schooling.PRIMARY || d.getSchooling() == Schooling.JUNIOR) {
            d.setSchoolName(age < 12 ? county + village.substring(9) + "小学" : county + "第二中学");
            d.setBoarding(age >= 12 && r.nextInt(3) == 0);
        }
        int h = r.nextInt(100);
        d.setHealth(h < 95 ? Health.HEALTHY : h < 98 ? Health.DISABLED : Health.ILL);
        if (d.getHealth() == Health.DISABLED) {
            d.setDisabilityCategory(r.nextBoolean() ? "肢体残疾" : "智力残疾");
            d.setDisabilityGrade(String.valueOf(1 + r.nextInt(4)) + "级");
        } else if (d.getHealth() == Health.ILL) {
            d.setIllness(r.nextBoolean() ? "白血病" : "先天性心脏病");
        }
        EnumSet<Assistance> assistance = EnumSet.noneOf(Assistance.class);
        int a = r.nextInt(100);
        if (a < 10) {
            assistance.add(Assistance.MINIMUM_LIVING);
        } else if (a < 22) {
            assistance.add(Assistance.REGISTERED_POOR);
        } else if (a < 25) {
            assistance.add(Assistance.TEMPORARY_RELIEF);
        }
        d.setAssistance(assistance);
        d.setIncomeSources(r.nextInt(4) == 0 ? EnumSet.of(IncomeSource.WAGES, IncomeSource.FARMING)
                : EnumSet.of(IncomeSource.WAGES));
        boolean difficulty = d.getHealth() != Health.HEALTHY || assistance.contains(Assistance.MINIMUM_LIVING)
                || d.getGuardianKind() == GuardianKind.NONE;
        d.setInDifficulty(difficulty || !d.isLeftBehind());
        if (d.isInDifficulty()) {
            EnumSet<DifficultyCategory> categories = EnumSet.noneOf(DifficultyCategory.class);
            if (d.getHealth() != Health.HEALTHY) {
                categories.add(DifficultyCategory.OWN_DISABILITY);
            }
            if (assistance.contains(Assistance.MINIMUM_LIVING) || categories.isEmpty()) {
                categories.add(DifficultyCategory.FAMILY_POVERTY);
            }
            if (d.getGuardianKind() == GuardianKind.NONE) {
                categories.add(DifficultyCategory.GUARDIANSHIP_LACKING);
            }
            d.setDifficultyCategories(categories);
        }
        d.setResponsibleCadre("村干部" + SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)]);
        return d;
    }

    private static Schooling schooling(int age, Random r) {
        if (age < 3) {
            return Schooling.NOT_IN_KINDERGARTEN;
        }
        if (age < 6) {
            return r.nextInt(10) < 8 ? Schooling.KINDERGARTEN : Schooling.NOT_IN_KINDERGARTEN;
        }
        int x = r.nextInt(1000);
        if (age >= 12 && x < 15) {
            return Schooling.DROPPED_OUT;
        }
        if (age >= 14 && x < 35) {
            return Schooling.NOT_IN_SCHOOL;
        }
        if (age < 12) {
            return Schooling.PRIMARY;
        }
        if (age < 15) {
            return Schooling.JUNIOR;
        }
        return x < 600 ? Schooling.SENIOR : Schooling.VOCATIONAL;
    }

    /**
     * The county's code (522730 for 龙里县) + birth date + a sequence of that date (odd for boys) + the check
     * character.
     */
    private static String idNumber(String county, LocalDate birth, Sex sex, Map<String, Integer> sequenceByBirth) {
        String date = birth.toString().replace("-", "");
        int n = sequenceByBirth.merge(county + date + sex, 1, Integer::sum);
        int seq = (n - 1) * 2 + (sex == Sex.MALE ? 1 : 0);
        if (seq > 999) {
            throw new IllegalStateException("more than 500 demo children of one sex born on " + birth + " in "
                    + county);
        }
        String body = county + date + String.format("%03d", seq);
        return body + ResidentIdNumber.checkCharacter(body);
    }


    private static Object[] row(ChildDetails d, Random r, LocalDate today, Instant now) {
        KeyTargets k = KeyTargets.of(d);
        List<KeyTargets.Flag> flags = k.flags();
        Pinyin.Keys keys = Pinyin.of(d.getName());
        LocalDate lastVisit = r.nextInt(10) < 8 ? today.minusDays(r.nextInt(200)) : null;
        return new Object[] {d.isLeftBehind(), d.isInDifficulty(), EnumSetText.format(d.getDifficultyCategories()),
            d.getName(), keys.full(), keys.initials(), d.getSex().name(), d.getEthnicity(), Date.valueOf(d.getBirthDate()),
            d.getIdNumber(), d.isHasHukou(), d.getHukouType() == null ? null : d.getHukouType().name(), d.getHukouAddress(), d.getVillageCode(), d.getCurrentAddress(),
            d.getFather().getName(), d.getFather().getStatus().name(), d.getFather().getWorkPlace(), d.getFather().getPhone(),
            d.getMother().getName(), d.getMother().getStatus().name(), d.getMother().getWorkPlace(), d.getMother().getPhone(),
            d.getGrandfather().getName(), d.getGrandmother().getName(),
            d.getGuardianKind().name(), d.getGuardianshipType().name(), d.isDelegated(), d.getDelegate().getName(),
            d.getDelegate().getRelation(), d.getSchooling().name(), d.getSchoolName(), d.isBoarding(),
            d.getHealth().name(), d.getDisabilityCategory(), d.getDisabilityGrade(), d.getIllness(),
            EnumSetText.format(d.getIncomeSources()), EnumSetText.format(d.getAssistance()), d.getResponsibleCadre(),
            flags.contains(KeyTargets.Flag.UNATTENDED), flags.contains(KeyTargets.Flag.ONE_AWAY_OTHER_INCAPABLE),
            flags.contains(KeyTargets.Flag.OUT_OF_SCHOOL), flags.contains(KeyTargets.Flag.NO_HUKOU),
            flags.contains(KeyTargets.Flag.HARDSHIP), flags.contains(KeyTargets.Flag.SERIOUS_ILLNESS),
            flags.contains(KeyTargets.Flag.DISABLED), k.any(),
            lastVisit == null ? null : Date.valueOf(lastVisit), Timestamp.from(now), Timestamp.from(now)};
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into child (id, left_behind, in_difficulty, difficulty_categories, name, pinyin_full,
                  pinyin_initials, sex, ethnicity, birth_date, id_number, has_hukou, hukou_type, hukou_address, village_code,
                  current_address, father_name, father_status, father_work_place, father_phone, mother_name,
                  mother_status, mother_work_place, mother_phone, grandfather_name, grandmother_name,
                  guardian_kind, guardianship_type, delegated, delegate_name, delegate_relation, schooling,
                  school_name, boarding, health, disability_category, disability_grade, illness, income_sources,
                  assistance, responsible_cadre, flag_unattended, flag_one_away_incapable, flag_dropout,
                  flag_no_hukou, flag_hardship, flag_serious_illness, flag_disabled, key_target, last_visit_date,
                  created_at, updated_at)
                values (nextval('child_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                  ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }
}
