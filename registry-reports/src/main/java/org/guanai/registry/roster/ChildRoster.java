package org.guanai.registry.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.GuardianshipType;
import org.guanai.registry.child.KeyTargets;
import org.guanai.registry.child.Parent;
import org.guanai.registry.child.ParentStatus;
import org.guanai.registry.child.Schooling;
import org.guanai.registry.person.Health;
import org.springframework.stereotype.Component;

/**
 * Attachment 4, 农村留守儿童花名册: one row per child (docs/reports.md). Columns the form does not have
 * (grandparents, income, …) are left as they are when a roster is imported over a registered child.
 */
@Component
public class ChildRoster {

    public static final String TITLE = "农村留守儿童花名册";
    static final String BOTH_AWAY = "父母双方外出";
    static final String ONE_AWAY_OTHER_INCAPABLE = "一方外出另一方无监护能力";
    private static final Pattern HEALTH = Pattern.compile("(健康|残疾|患病)\\s*(?:[（(]\\s*(.*?)\\s*[）)])?");
    private static final Pattern NAME_AND_PHONE = Pattern.compile("(.*?)[\\s:：,，/]*(\\+?\\d[\\d\\- ]{5,18}\\d)?");

    private final RosterLayout<ChildDetails> layout;

    public ChildRoster(FormLabels labels) {
        this.layout = build(labels);
    }

    public RosterLayout<ChildDetails> layout() {
        return layout;
    }

    private static RosterLayout<ChildDetails> build(FormLabels labels) {
        Map<String, Schooling> schooling = labels.byLabel(Schooling.class);
        Map<String, GuardianshipType> guardianship = labels.byLabel(GuardianshipType.class);
        List<String> yesNo = List.of(labels.yesNo(true), labels.yesNo(false));
        String basic = "儿童基本情况";
        String delegate = "受委托监护人";

        List<RosterColumn<ChildDetails>> c = new ArrayList<>(PlaceColumns.of("村（居）", ChildDetails::setVillageCode));
        c.add(Col.<ChildDetails>under(basic, "姓名").aliases("儿童姓名").fields("name").width(8)
                .note("儿童姓名，必填。").prints(e -> e.details().getName())
                .reads((cell, row) -> {
                    String v = cell.text();
                    return d -> d.setName(v);
                }).build());
        c.add(IdentityColumns.sex(basic, labels));
        c.add(Col.<ChildDetails>under(basic, "民族").fields("ethnicity").width(6).note("如 汉族、布依族、苗族。")
                .prints(e -> e.details().getEthnicity())
                .reads((cell, row) -> {
                    String v = cell.text();
                    return d -> d.setEthnicity(v);
                }).build());
        c.add(IdentityColumns.birthDate(basic, "如 2015-06-01、2015/6/1、2015.06.01、20150601 或 2015年6月1日。"));
        c.add(IdentityColumns.idNumber(basic));
        c.add(Col.<ChildDetails>under(basic, "是否登记户口").fields("hasHukou").width(7).options(yesNo)
                .note("是 / 否；未登记户口的儿童不填身份证号码。").prints(e -> labels.yesNo(e.details().isHasHukou()))
                .reads((cell, row) -> {
                    boolean v = cell.yesNo();
                    return d -> d.setHasHukou(v);
                }).build());
        c.add(Col.<ChildDetails>under(basic, "身体情况").fields("health", "disabilityCategory", "disabilityGrade", "illness")
                .width(14).options(labels.labels(Health.class))
                .note("健康 / 残疾 / 患病；残疾、患病请在括号内写明类别，如“残疾（视力 二级）”“患病（白血病）”。")
                .prints(e -> health(labels, e.details()))
                .reads(ChildRoster::readHealth).build());
        c.add(Col.<ChildDetails>under(basic, "就学情况").fields("schooling").width(8)
                .options(labels.labels(Schooling.class)).note("幼儿园 / 未入园 / 小学 / 初中 / 高中 / 中职 / 辍学 / 不在学。")
                .prints(e -> labels.of(e.details().getSchooling()))
                .reads((cell, row) -> {
                    Schooling v = cell.option(schooling);
                    return cell.isBlank() || v != null ? d -> d.setSchooling(v) : null;
                }).build());
        c.add(Col.<ChildDetails>under(basic, "是否寄宿").aliases("是否学校寄宿").fields("boarding").width(7).options(yesNo)
                .note("是 / 否（空白视为否）。").prints(e -> labels.yesNo(e.details().isBoarding()))
                .reads((cell, row) -> {
                    boolean v = cell.yesNo();
                    return d -> d.setBoarding(v);
                }).build());
        c.addAll(parent("父亲", "father", ChildDetails::getFather));
        c.addAll(parent("母亲", "mother", ChildDetails::getMother));
        c.add(Col.<ChildDetails>of("留守情形").fields("father.status", "mother.status").width(14)
                .options(List.of(BOTH_AWAY, ONE_AWAY_OTHER_INCAPABLE))
                .note("父母双方外出 / 一方外出另一方无监护能力（只在外出一方填写务工地点）；空白表示不改变系统中的情况。")
                .prints(e -> leftBehindSituation(e.details()))
                .reads(ChildRoster::readSituation).build());
        c.add(Col.<ChildDetails>under(delegate, "姓名").aliases("受委托监护人姓名", "受委托监护人").fields("delegate.name", "delegated").width(8)
                .note("父母外出委托其他成年人监护的，填写受委托监护人姓名；空白表示未委托。")
                .prints(e -> e.details().isDelegated() ? e.details().getDelegate().getName() : null)
                .reads((cell, row) -> {
                    String v = cell.text();
                    return d -> {
                        if (v == null) {
                            d.setDelegated(false);
                            return;
                        }
                        if (!v.equals(d.getDelegate().getName())) {
                            d.getDelegate().setElderId(null); // another person than the linked elder
                        }
                        d.setDelegated(true);
                        d.getDelegate().setName(v);
                    };
                }).build());
        c.add(Col.<ChildDetails>under(delegate, "与儿童关系").aliases("与被监护人关系").fields("delegate.relation").width(8)
                .note("如 祖母、外祖父、伯父。").prints(e -> e.details().isDelegated() ? e.details().getDelegate().getRelation() : null)
                .reads((cell, row) -> {
                    String v = cell.text();
                    return d -> {
                        if (d.isDelegated()) {
                            d.getDelegate().setRelation(v);
                        }
                    };
                }).build());
        c.add(Col.<ChildDetails>under(delegate, "联系电话").aliases("受委托监护人电话", "受委托监护人联系电话").fields("delegate.phone").width(13)
                .prints(e -> e.details().isDelegated() ? e.details().getDelegate().getPhone() : null)
                .reads((cell, row) -> {
                    String v = cell.phone();
                    return d -> {
                        if (d.isDelegated()) {
                            d.getDelegate().setPhone(v);
                        }
                    };
                }).build());
        c.add(Col.<ChildDetails>of("监护类型").fields("guardianshipType").width(14)
                .options(labels.labels(GuardianshipType.class))
                .note("无人监护 / 父或母无监护能力 / 受委托监护人监护能力不足 / 监护情况一般 / 监护情况较好。")
                .prints(e -> labels.of(e.details().getGuardianshipType()))
                .reads((cell, row) -> {
                    GuardianshipType v = cell.option(guardianship);
                    return cell.isBlank() || v != null ? d -> d.setGuardianshipType(v) : null;
                }).build());
        c.add(Col.<ChildDetails>of("是否签订委托监护责任确认书").aliases("是否签订确认书").fields("agreementSigned").width(10)
                .options(yesNo).note("是 / 否（空白视为否）。").prints(e -> labels.yesNo(e.details().isAgreementSigned()))
                .reads((cell, row) -> {
                    boolean v = cell.yesNo();
                    return d -> d.setAgreementSigned(v);
                }).build());
        c.add(Col.<ChildDetails>of("村（居）联系人及电话").aliases("村（居）联系人", "联系人及电话").fields("responsibleCadre", "cadrePhone")
                .width(18).note("包保干部或儿童福利主任的姓名和电话，如“王丽 13800001111”。")
                .prints(e -> nameAndPhone(e.details().getResponsibleCadre(), e.details().getCadrePhone()))
                .reads((cell, row) -> {
                    String[] v = splitNameAndPhone(cell.text());
                    return d -> {
                        d.setResponsibleCadre(v[0]);
                        d.setCadrePhone(v[1]);
                    };
                }).build());
        c.add(Col.<ChildDetails>of("备注").fields("notes").width(16).prints(e -> e.details().getNotes())
                .reads((cell, row) -> {
                    String v = cell.text();
                    return d -> d.setNotes(v);
                }).build());
        return new RosterLayout<>(TITLE, "留守儿童花名册", c, List.of("姓名", "村（居）"), List.of(
                "说明：1. 只填不满16周岁的农村留守儿童；2. 务工地点写到“XX省XX市”；3. 是否类栏目填“是”或“否”。"));
    }

    private static List<RosterColumn<ChildDetails>> parent(String group, String role,
            Function<ChildDetails, Parent> parent) {
        return List.of(
                Col.<ChildDetails>under(group, "姓名").aliases(group + "姓名").fields(role + ".name").width(8)
                        .prints(e -> parent.apply(e.details()).getName())
                        .reads((cell, row) -> {
                            String v = cell.text();
                            return d -> parent.apply(d).setName(v);
                        }).build(),
                Col.<ChildDetails>under(group, "务工地点").aliases(group + "务工地点").fields(role + ".workPlace").width(14)
                        .note("外出务工的，写到“XX省XX市”。")
                        .prints(e -> parent.apply(e.details()).getWorkPlace())
                        .reads((cell, row) -> {
                            String v = cell.text();
                            row.put(role + ".workPlace", v);
                            return d -> parent.apply(d).setWorkPlace(v);
                        }).build(),
                Col.<ChildDetails>under(group, "联系电话").aliases(group + "联系电话", group + "电话").fields(role + ".phone").width(13)
                        .prints(e -> parent.apply(e.details()).getPhone())
                        .reads((cell, row) -> {
                            String v = cell.phone();
                            return d -> parent.apply(d).setPhone(v);
                        }).build());
    }

    static String leftBehindSituation(ChildDetails d) {
        if (KeyTargets.bothParentsAway(d)) {
            return BOTH_AWAY;
        }
        return KeyTargets.oneAwayOtherIncapable(d) ? ONE_AWAY_OTHER_INCAPABLE : null;
    }

    /**
     * The parents' statuses as the roster states them. A status that already says the same is kept (a
     * deceased father stays deceased, not merely "incapable"); blank changes nothing.
     */
    private static Consumer<ChildDetails> readSituation(CellInput cell, RowScratch row) {
        String v = cell.text();
        if (v == null) {
            return null;
        }
        if (v.equals(BOTH_AWAY)) {
            return d -> {
                if (!KeyTargets.bothParentsAway(d)) {
                    d.getFather().setStatus(ParentStatus.WORKING_AWAY);
                    d.getMother().setStatus(ParentStatus.WORKING_AWAY);
                }
            };
        }
        if (!v.replace("，", "").replace(",", "").equals(ONE_AWAY_OTHER_INCAPABLE)) {
            cell.problem("imports.cell.option", BOTH_AWAY + "、" + ONE_AWAY_OTHER_INCAPABLE);
            return null;
        }
        boolean fatherAway = row.get("father.workPlace") != null;
        boolean motherAway = row.get("mother.workPlace") != null;
        if (fatherAway == motherAway) {
            cell.problem("imports.cell.whichParentAway");
            return null;
        }
        return d -> {
            if (!KeyTargets.oneAwayOtherIncapable(d)) {
                (fatherAway ? d.getFather() : d.getMother()).setStatus(ParentStatus.WORKING_AWAY);
                (fatherAway ? d.getMother() : d.getFather()).setStatus(ParentStatus.INCAPABLE);
            }
        };
    }

    static String health(FormLabels labels, ChildDetails d) {
        if (d.getHealth() == null) {
            return null;
        }
        String word = labels.of(d.getHealth());
        String detail = switch (d.getHealth()) {
            case HEALTHY -> null;
            case DISABLED -> join(d.getDisabilityCategory(), d.getDisabilityGrade());
            case ILL -> d.getIllness();
        };
        return detail == null ? word : word + "（" + detail + "）";
    }

    private static Consumer<ChildDetails> readHealth(CellInput cell, RowScratch row) {
        String v = cell.text();
        if (v == null) {
            return d -> d.setHealth(null);
        }
        Matcher m = HEALTH.matcher(v);
        if (!m.matches()) {
            cell.problem("imports.cell.health");
            return null;
        }
        String detail = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2).strip();
        return switch (m.group(1)) {
            case "残疾" -> d -> {
                d.setHealth(Health.DISABLED);
                if (detail != null) {
                    int space = detail.lastIndexOf(' ');
                    boolean graded = space > 0 && detail.endsWith("级");
                    d.setDisabilityCategory(graded ? detail.substring(0, space).strip() : detail);
                    d.setDisabilityGrade(graded ? detail.substring(space + 1) : null);
                }
            };
            case "患病" -> d -> {
                d.setHealth(Health.ILL);
                if (detail != null) {
                    d.setIllness(detail);
                }
            };
            default -> d -> d.setHealth(Health.HEALTHY);
        };
    }

    static String nameAndPhone(String name, String phone) {
        return join(name, phone);
    }

    /** "王丽 13800001111" → {王丽, 13800001111}; either may be missing. */
    static String[] splitNameAndPhone(String text) {
        if (text == null) {
            return new String[] {null, null};
        }
        Matcher m = NAME_AND_PHONE.matcher(text.strip());
        if (!m.matches()) {
            return new String[] {text.strip(), null};
        }
        String name = m.group(1).strip();
        return new String[] {name.isEmpty() ? null : name, m.group(2)};
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null || b.isBlank() ? null : b;
        }
        return b == null || b.isBlank() ? a : a + " " + b;
    }
}
