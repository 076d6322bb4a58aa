package org.guanai.registry.roster;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guanai.registry.elder.ChildAway;
import org.guanai.registry.elder.ElderDetails;
import org.guanai.registry.elder.LivingArrangement;
import org.guanai.registry.elder.SelfCare;
import org.guanai.registry.person.Assistance;
import org.guanai.registry.person.Health;
import org.springframework.stereotype.Component;

/** Attachment 6, 农村留守老人花名册: one row per elder (docs/reports.md). */
@Component
public class ElderRoster {

    public static final String TITLE = "农村留守老人花名册";
    private static final String AWAY = "外出子女";
    private static final String AWAY_NAMES = "away.names";
    private static final String AWAY_PLACES = "away.places";
    private static final String AWAY_PHONES = "away.phones";

    private final RosterLayout<ElderDetails> layout;

    public ElderRoster(FormLabels labels) {
        this.layout = build(labels);
    }

    public RosterLayout<ElderDetails> layout() {
        return layout;
    }

    private static RosterLayout<ElderDetails> build(FormLabels labels) {
        Map<String, LivingArrangement> living = labels.byLabel(LivingArrangement.class);
        Map<String, Health> health = labels.byLabel(Health.class);
        Map<String, SelfCare> selfCare = labels.byLabel(SelfCare.class);
        Map<String, Assistance> assistance = labels.byLabel(Assistance.class);

        List<RosterColumn<ElderDetails>> c = new ArrayList<>(PlaceColumns.of("村（组）", ElderDetails::setVillageCode));
        c.add(Col.<ElderDetails>of("姓名").aliases("老人姓名").fields("name").width(8).note("老人姓名，必填。")
                .prints(e -> e.details().getName())
                .reads((cell, row) -> {
                    String v = cell.text();
                    return d -> d.setName(v);
                }).build());
        c.add(IdentityColumns.sex(null, labels));
        c.add(IdentityColumns.birthDate(null, "如 1950-03-05、1950/3/5、19500305 或 1950年3月5日。"));
        c.add(Col.<ElderDetails>of("年龄").width(5).note("由出生日期计算，导入时不读。")
                .prints(e -> e.details().getBirthDate() == null ? null
                        : Period.between(e.details().getBirthDate(), e.today()).getYears())
                .build());
        c.add(IdentityColumns.idNumber(null));
        c.add(Col.<ElderDetails>of("居住方式").fields("livingArrangement").width(10)
                .options(labels.labels(LivingArrangement.class)).note("独居 / 与配偶同住 / 与孙辈同住 / 其他。")
                .prints(e -> labels.of(e.details().getLivingArrangement()))
                .reads((cell, row) -> {
                    LivingArrangement v = cell.option(living);
                    return cell.isBlank() || v != null ? d -> d.setLivingArrangement(v) : null;
                }).build());
        c.add(Col.<ElderDetails>of("健康状况").fields("health").width(8).options(labels.labels(Health.class))
                .note("健康 / 患病 / 残疾。").prints(e -> labels.of(e.details().getHealth()))
                .reads((cell, row) -> {
                    Health v = cell.option(health);
                    return cell.isBlank() || v != null ? d -> d.setHealth(v) : null;
                }).build());
        c.add(Col.<ElderDetails>of("生活自理能力").fields("selfCare").width(8).options(labels.labels(SelfCare.class))
                .note("自理 / 半自理 / 不能自理。").prints(e -> labels.of(e.details().getSelfCare()))
                .reads((cell, row) -> {
                    SelfCare v = cell.option(selfCare);
                    return cell.isBlank() || v != null ? d -> d.setSelfCare(v) : null;
                }).build());
        c.add(Col.<ElderDetails>under(AWAY, "姓名").fields("childrenAway.name", "childrenAway").width(10)
                .note("外出子女的姓名；有几位就写几位，用顿号“、”隔开，务工地点和电话按同样顺序填写。")
                .prints(e -> joined(e.details(), ChildAway::getName))
                .reads((cell, row) -> {
                    row.put(AWAY_NAMES, cell.positional());
                    return d -> d.setChildrenAway(childrenAway(row));
                }).build());
        c.add(Col.<ElderDetails>under(AWAY, "务工地点").fields("childrenAway.workPlace").width(16)
                .prints(e -> joined(e.details(), ChildAway::getWorkPlace))
                .reads((cell, row) -> {
                    row.put(AWAY_PLACES, cell.positional());
                    return null;
                }).build());
        c.add(Col.<ElderDetails>under(AWAY, "联系电话").fields("childrenAway.phone").width(14)
                .prints(e -> joined(e.details(), ChildAway::getPhone))
                .reads((cell, row) -> {
                    row.put(AWAY_PHONES, cell.positional());
                    return null;
                }).build());
        c.add(Col.<ElderDetails>of("主要经济来源").fields("economicSource").width(12).note("如 子女供养、务农、养老金。")
                .prints(e -> e.details().getEconomicSource())
                .reads((cell, row) -> {
                    String v = cell.text();
                    return d -> d.setEconomicSource(v);
                }).build());
        c.add(Col.<ElderDetails>of("享受政策").fields("policies").width(16)
                .note("可填多项，用顿号隔开：" + String.join("、", labels.labels(Assistance.class)) + "。")
                .prints(e -> emptyToNull(labels.joined(e.details().getPolicies())))
                .reads((cell, row) -> {
                    var v = cell.options(assistance, Assistance.class);
                    return d -> d.setPolicies(v);
                }).build());
        c.add(Col.<ElderDetails>of("联系人及电话").aliases("联系人").fields("contactName", "contactPhone").width(18)
                .note("紧急联系人的姓名和电话，如“张强 13800002222”。")
                .prints(e -> ChildRoster.nameAndPhone(e.details().getContactName(), e.details().getContactPhone()))
                .reads((cell, row) -> {
                    String[] v = ChildRoster.splitNameAndPhone(cell.text());
                    return d -> {
                        d.setContactName(v[0]);
                        d.setContactPhone(v[1]);
                    };
                }).build());
        c.add(Col.<ElderDetails>of("备注").fields("notes").width(16).prints(e -> e.details().getNotes())
                .reads((cell, row) -> {
                    String v = cell.text();
                    return d -> d.setNotes(v);
                }).build());
        return new RosterLayout<>(TITLE, "留守老人花名册", c, List.of("姓名", "村（组）"), List.of(
                "说明：1. 留守老人指年满60周岁、子女全部外出半年以上的农村老人；2. 外出子女有多位的，用顿号隔开。"));
    }

    private static String joined(ElderDetails d, Function<ChildAway, String> part) {
        if (d.getChildrenAway().isEmpty()) {
            return null;
        }
        String s = d.getChildrenAway().stream().map(a -> part.apply(a) == null ? "" : part.apply(a))
                .collect(Collectors.joining("、"));
        // empty positions are kept (王芳、、李强) so the three columns stay aligned
        return s.replace("、", "").isBlank() ? null : s;
    }

    /** The children away, the three columns zipped by position. */
    private static List<ChildAway> childrenAway(RowScratch row) {
        List<String> names = orEmpty(row.get(AWAY_NAMES));
        List<String> places = orEmpty(row.get(AWAY_PLACES));
        List<String> phones = orEmpty(row.get(AWAY_PHONES));
        int n = Math.max(names.size(), Math.max(places.size(), phones.size()));
        List<ChildAway> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new ChildAway(at(names, i), at(places, i), at(phones, i)));
        }
        return list;
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static String at(List<String> list, int i) {
        return i < list.size() ? list.get(i) : null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
