package org.guanai.registry.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanai.registry.organisation.DepartmentType;
import org.junit.jupiter.api.Test;

/**
 * Both plan packs load, and each says what its plan says: section by section, the pack's tasks and units are compared
 * with the plan's own text (plans/&lt;id&gt;/source.txt, the document as issued).
 */
class PlanPacksTest {

    final PlanPacks packs = new PlanPacks();

    @Test
    void bothPacksLoadWithWhatTheyAre() {
        assertThat(packs.all()).extracting(PlanPack::id).containsExactly("changbai-2016", "longli-2017");
        PlanPack longli = packs.get("longli-2017");
        assertThat(longli.issued()).isEqualTo(LocalDate.of(2017, 2, 14));
        assertThat(longli.isJointMeeting()).isFalse();
        assertThat(longli.words()).isEqualTo(PlanWords.WRITTEN);
        assertThat(longli.reportDeadlineDay()).isZero();
        assertThat(longli.pattern()).hasSize(15);
        assertThat(longli.caseTypes()).contains("ELDER_ABUSE");
        PlanPack changbai = packs.get("changbai-2016");
        assertThat(changbai.number()).isEqualTo("长政办发〔2016〕39号");
        assertThat(changbai.isJointMeeting()).isTrue();
        assertThat(changbai.words().town()).isEqualTo("乡镇");
        assertThat(changbai.words().villageCommittee()).isEqualTo("村（居）民委员会");
        assertThat(changbai.hasPattern()).isFalse();
        assertThat(changbai.caseTypes()).doesNotContain("ELDER_ABUSE", "HEALTH_CHECK");
        assertThat(changbai.assessmentPoints()).isEqualTo(100);
        assertThat(longli.assessmentPoints()).isEqualTo(100);
    }

    @Test
    void aPackWithNeitherDateNorRuleDoesNotLoad() {
        String broken = """
                id: broken
                name: x
                issuer: x
                issued: 2020-01-01
                year: 2020
                words: {town: 乡镇, village: 村, villageCommittee: 村委会}
                reportDeadlineDay: 0
                committee: {kind: JOINT_MEETING, name: x, members: []}
                tasks:
                  - {code: 一, section: 一, title: x, lead: TOWN}
                """;
        assertThatThrownBy(() -> PlanPacks.parse(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("一");
    }

    /** Longli 五（一）–（六）: each section's 牵头单位, 责任单位 and 完成时限 are every one of its tasks'. */
    @Test
    void longlisTasksAreItsSectionsFive() {
        PlanPack pack = packs.get("longli-2017");
        String text = packs.source("longli-2017");
        String five = between(text, "五、主要任务", "（七）着力构建");
        String[] numbers = {"一", "二", "三", "四", "五", "六"};
        for (int i = 0; i < numbers.length; i++) {
            String section = "五（" + numbers[i] + "）";
            String body = between(five, "（" + numbers[i] + "）", i + 1 < numbers.length ? "（" + numbers[i + 1] + "）"
                    : null);
            DepartmentType lead = one(pack, field(body, "牵头单位"));
            Set<DepartmentType> responsible = lines(pack, field(body, "责任单位"));
            String limit = field(body, "完成时限");
            List<PlanPack.TaskLine> tasks = pack.tasks().stream().filter(t -> t.section().equals(section)).toList();
            assertThat(tasks).as(section).isNotEmpty().allSatisfy(t -> {
                assertThat(t.lead()).as(section + " lead").isEqualTo(lead);
                assertThat(t.responsible()).as(section + " responsible").isEqualTo(responsible);
                if (limit.startsWith("每年")) {
                    Matcher m = Pattern.compile("每年(\\d+)月(\\d+)日前").matcher(limit);
                    assertThat(m.find()).isTrue();
                    assertThat(t.every()).isEqualTo(String.format("year %02d-%02d", Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2))));
                } else {
                    assertThat(t.starts() + "-" + t.due()).as(section + " time limit").isEqualTo(dates(limit));
                }
            });
            // Every numbered duty of the section is a task (五（六） is one duty).
            long duties = Pattern.compile("(?m)^\\s*(\\d)[.．]").matcher(body).results().count();
            assertThat(tasks).as(section + " duties").hasSize((int) Math.max(1, duties));
        }
        assertThat(pack.tasks().stream().filter(t -> t.section().equals("五（六）")).findFirst().orElseThrow()
                .funds()).isEqualByComparingTo("200");
    }

    /** Longli 五（七）: the 4, 5 and 6 items, each with its 牵头单位 and 责任单位, formed by 2017-06-30. */
    @Test
    void longlisPatternIsItsSectionFiveSeven() {
        PlanPack pack = packs.get("longli-2017");
        String seven = between(packs.source("longli-2017"), "（七）着力构建", "六、实施步骤");
        String[][] levels = {{"COUNTY", "1.县级建立", "2.镇（街道）建立"}, {"TOWN", "2.镇（街道）建立", "3.村（社区）建成"},
            {"VILLAGE", "3.村（社区）建成", null}};
        for (String[] level : levels) {
            String body = between(seven, level[1], level[2]);
            Matcher item = Pattern.compile("([①②③④⑤⑥])(.+?)\\s*牵头单位：(.+?)[,，]\\s*责任单位：(.+?)\\s*(?=[①②③④⑤⑥]|$)",
                    Pattern.DOTALL).matcher(body);
            List<String> seen = new ArrayList<>();
            while (item.find()) {
                int number = item.group(1).charAt(0) - '①' + 1;
                PlanPack.PatternLine p = pack.pattern().stream().filter(l -> l.level().equals(level[0])
                        && l.number() == number).findFirst().orElseThrow();
                String title = item.group(2).strip().replaceAll("（.*", "");
                assertThat(p.title()).as(level[0] + number).startsWith(title);
                assertThat(p.lead()).as(level[0] + number + " lead").isEqualTo(one(pack, item.group(3)));
                assertThat(p.responsible()).as(level[0] + number + " responsible")
                        .isEqualTo(lines(pack, item.group(4)));
                assertThat(p.due()).isEqualTo(LocalDate.of(2017, 6, 30));
                seen.add(level[0] + number);
            }
            assertThat(seen).hasSize((int) pack.pattern().stream().filter(l -> l.level().equals(level[0])).count());
        }
        assertThat(pack.pattern()).filteredOn(p -> p.funds() != null).extracting(p -> p.funds().intValue())
                .containsExactly(30, 2);
    }

    /** Changbai: each task's lead and responsible units are named in its section, by the names the pack gives them. */
    @Test
    void changbaisTasksAreItsSectionsFourAndFive() {
        PlanPack pack = packs.get("changbai-2016");
        String text = packs.source("changbai-2016");
        for (PlanPack.TaskLine t : pack.tasks()) {
            String body = changbaiSection(text, t.code());
            assertThat(mentions(pack, body, t.lead())).as(t.code() + " names its lead " + t.lead()).isTrue();
            t.responsible().forEach(line -> assertThat(mentions(pack, body, line) || line != DepartmentType.TOWN
                    && t.code().startsWith("五（三）") && body.contains("各有关部门"))
                    .as(t.code() + " names " + line).isTrue());
        }
        // The two rules the plan writes: the towns' quarterly update and the yearly summary.
        assertThat(pack.tasks()).filteredOn(t -> t.every() != null).extracting(PlanPack.TaskLine::code,
                PlanPack.TaskLine::every).containsExactly(org.assertj.core.groups.Tuple.tuple("四（一）2", "quarter 20"),
                org.assertj.core.groups.Tuple.tuple("五（三）2", "year 12-15"));
        assertThat(text).contains("每季度最后一个月的20日之前").contains("每年12月中旬");
        assertThat(pack.reportDeadlineDay()).isEqualTo(20);
        // Every numbered duty of 四 is a task.
        for (String sub : List.of("（二）", "（三）")) {
            String body = between(between(text, "四、主要任务", "五、保障措施"), sub, sub.equals("（二）") ? "（三）" : null);
            long duties = Pattern.compile("(\\d)﹒").matcher(body).results().map(m -> m.group(1)).distinct().count();
            assertThat(pack.tasks().stream().filter(t -> t.code().startsWith("四" + sub))
                    .map(t -> t.code().replaceAll("-\\d$", "")).distinct().count()).as("四" + sub).isEqualTo(duties);
        }
    }

    /** The units: every unit either plan names is the pack's, with its own line (none of the nine is 其他). */
    @Test
    void everyUnitTheSeedsNameHasItsLine() {
        PlanPack longli = packs.get("longli-2017");
        String five = between(packs.source("longli-2017"), "五、主要任务", "六、实施步骤");
        Matcher named = Pattern.compile("(?:牵头单位|责任单位)：(.+)").matcher(five);
        while (named.find()) {
            for (String part : named.group(1).split("[、,，]")) {
                String name = part.replaceAll("等相关单位和部门.*", "").strip();
                if (!name.isEmpty() && !name.startsWith("责任单位")) {
                    assertThat(unit(longli, name)).as(name).isNotNull()
                            .extracting(PlanPack.Unit::line).isNotEqualTo(DepartmentType.OTHER);
                }
            }
        }
        for (String[] expected : new String[][] {{"县总工会", "TRADE_UNION"}, {"县法制办", "LEGAL_AFFAIRS"},
            {"县委党建办", "PARTY_BUILDING"}, {"县红十字会", "RED_CROSS"}, {"县关工委", "ELDERLY_CARE_COMMITTEE"},
            {"团县委", "YOUTH_LEAGUE"}, {"县司法局", "JUSTICE"}, {"县人民法院", "COURT"}, {"县检察院", "PROCURATORATE"}}) {
            assertThat(unit(longli, expected[0]).line()).as(expected[0]).isEqualTo(DepartmentType.valueOf(expected[1]));
        }
        // Changbai: every member unit of the joint meeting is one of the pack's units.
        PlanPack changbai = packs.get("changbai-2016");
        String roster = packs.source("changbai-2016").substring(packs.source("changbai-2016").indexOf("组成人员名单"))
                .replaceAll("[ \\u3000]", "");
        for (PlanPack.Unit u : changbai.units()) {
            if (u.line() != DepartmentType.TOWN) {
                assertThat(u.names().stream().anyMatch(n -> roster.contains(n) || roster.contains(n.replaceFirst("^县", ""))))
                        .as(u.name() + " is on the joint meeting").isTrue();
            }
        }
        for (String[] expected : new String[][] {{"县总工会", "TRADE_UNION"}, {"团县委", "YOUTH_LEAGUE"},
            {"县司法局", "JUSTICE"}, {"县法院", "COURT"}, {"县检察院", "PROCURATORATE"}}) {
            assertThat(unit(changbai, expected[0]).line()).as(expected[0]).isEqualTo(DepartmentType.valueOf(expected[1]));
        }
    }

    /** The committees: every person of each pack's roster is in its plan, and the posts are the plan's. */
    @Test
    void theRostersAreThePlans() {
        for (PlanPack pack : packs.all()) {
            String text = packs.source(pack.id()).replaceAll("[ \\u3000]", "");
            assertThat(pack.committee().members()).allSatisfy(m -> {
                if (m.personName() != null) {
                    assertThat(text).as(pack.id()).contains(m.personName());
                }
            });
        }
        assertThat(packs.get("longli-2017").committee().members()).filteredOn(m -> m.position().equals("LEADER"))
                .extracting(PlanPack.MemberLine::personName).containsExactly("陈曦");
        assertThat(packs.get("changbai-2016").committee().members()).filteredOn(m -> m.position().equals("LEADER"))
                .extracting(PlanPack.MemberLine::personName).containsExactly("苗春泽");
        assertThat(packs.get("changbai-2016").committee().members()).hasSize(
                (int) packs.get("changbai-2016").committee().members().stream().map(PlanPack.MemberLine::title)
                        .distinct().count());
    }

    private static String changbaiSection(String text, String code) {
        String part = code.startsWith("四") ? between(text, "四、主要任务", "五、保障措施")
                : between(text, "五、保障措施", "附件：");
        Matcher m = Pattern.compile("[四五](（[一二三]）)(\\d)?").matcher(code);
        assertThat(m.find()).isTrue();
        String sub = m.group(1);
        String next = switch (sub) {
            case "（一）" -> "（二）";
            case "（二）" -> "（三）";
            default -> null;
        };
        String body = between(part, sub, next);
        if (m.group(2) != null && code.startsWith("四") && !sub.equals("（一）")) {
            int n = Integer.parseInt(m.group(2));
            body = between(body, n + "﹒", body.contains((n + 1) + "﹒") ? (n + 1) + "﹒" : null);
        }
        if (code.equals("五（一）")) {
            // The joint meeting it sets up is the attachment's, which seats its office in 县民政局.
            body += text.substring(text.lastIndexOf("附件"));
        }
        return body;
    }

    private static boolean mentions(PlanPack pack, String body, DepartmentType line) {
        return pack.units().stream().filter(u -> u.line() == line).flatMap(u -> u.names().stream())
                .anyMatch(body::contains);
    }

    private static PlanPack.Unit unit(PlanPack pack, String name) {
        return pack.units().stream().filter(u -> u.names().contains(name) || u.name().equals(name)).findFirst()
                .orElse(null);
    }

    private static DepartmentType one(PlanPack pack, String names) {
        Set<DepartmentType> lines = lines(pack, names);
        assertThat(lines).as(names).hasSize(1);
        return lines.iterator().next();
    }

    private static Set<DepartmentType> lines(PlanPack pack, String names) {
        Set<DepartmentType> lines = EnumSet.noneOf(DepartmentType.class);
        for (String part : names.split("[、,，]")) {
            String name = part.replaceAll("等相关单位和部门.*", "").strip();
            if (name.isEmpty()) {
                continue;
            }
            PlanPack.Unit u = unit(pack, name);
            assertThat(u).as("unit " + name).isNotNull();
            lines.add(u.line());
        }
        return lines;
    }

    private static String field(String body, String label) {
        Matcher m = Pattern.compile(label + "：\\s*(.+)").matcher(body);
        assertThat(m.find()).as(label).isTrue();
        return m.group(1).strip();
    }

    /** 2016年12月21日-2017年7月31日 → 2016-12-21-2017-07-31. */
    private static String dates(String limit) {
        Matcher m = Pattern.compile("(\\d{4})年(\\d+)月(\\d+)日").matcher(limit);
        List<LocalDate> found = new ArrayList<>();
        while (m.find()) {
            found.add(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        }
        found.sort(Comparator.naturalOrder());
        return found.get(0) + "-" + found.get(found.size() - 1);
    }

    private static String between(String text, String from, String to) {
        int a = text.indexOf(from);
        assertThat(a).as("'" + from + "' in the text").isNotNegative();
        int b = to == null ? text.length() : text.indexOf(to, a + from.length());
        assertThat(b).as("'" + to + "' after '" + from + "'").isNotNegative();
        return text.substring(a + from.length(), b);
    }
}
