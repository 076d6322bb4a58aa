package org.guanai.registry.report;

import static org.guanai.registry.report.RegistrationForm.Field;
import static org.guanai.registry.report.RegistrationForm.Section;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guanai.registry.child.ChildDetails;
import org.guanai.registry.child.GuardianshipType;
import org.guanai.registry.child.IncomeSource;
import org.guanai.registry.child.KeyTargets;
import org.guanai.registry.child.Parent;
import org.guanai.registry.child.ParentStatus;
import org.guanai.registry.child.Relative;
import org.guanai.registry.child.Schooling;
import org.guanai.registry.elder.ElderDetails;
import org.guanai.registry.elder.ElderNeed;
import org.guanai.registry.elder.LivingArrangement;
import org.guanai.registry.elder.MaritalStatus;
import org.guanai.registry.elder.SelfCare;
import org.guanai.registry.person.Assistance;
import org.guanai.registry.person.Health;
import org.guanai.registry.roster.FormLabels;
import org.springframework.stereotype.Component;

/**
 * Attachments 5 (农村留守儿童基本情况登记表) and 7 (农村留守老人基本情况登记表) after docs/reports.md: options are printed
 * all, the chosen ones ticked with √; a missing family member prints as —.
 */
@Component
public class RegistrationForms {

    public static final String CHILD_TITLE = "农村留守儿童基本情况登记表";
    public static final String ELDER_TITLE = "农村留守老人基本情况登记表";

    private final FormLabels labels;
    private final RegistrationForm<ChildDetails> child;
    private final RegistrationForm<ElderDetails> elder;

    public RegistrationForms(FormLabels labels) {
        this.labels = labels;
        this.child = childForm();
        this.elder = elderForm();
    }

    public RegistrationForm<ChildDetails> child() {
        return child;
    }

    public RegistrationForm<ElderDetails> elder() {
        return elder;
    }

    private RegistrationForm<ChildDetails> childForm() {
        return new RegistrationForm<>(CHILD_TITLE, "附件5 登记表", List.of(
                new Section<>("个人基本情况", List.of(
                        List.of(f("姓名", ChildDetails::getName), f("性别", d -> labels.of(d.getSex())),
                                f("民族", ChildDetails::getEthnicity)),
                        List.of(f("出生日期", d -> date(d.getBirthDate())), f("公民身份证号码", ChildDetails::getIdNumber),
                                f("是否登记户口", d -> yesNo(d.isHasHukou()))),
                        List.of(f("户籍所在地", ChildDetails::getHukouAddress), f("现居住地", ChildDetails::getCurrentAddress)),
                        List.of(f("身体情况", d -> ticks(Health.class, one(d.getHealth()))),
                                f("残疾类别及等级", d -> join(d.getDisabilityCategory(), d.getDisabilityGrade())),
                                f("患病类型", ChildDetails::getIllness)),
                        List.of(f("是否学校寄宿", d -> yesNo(d.isBoarding())),
                                f("就学情况", d -> ticks(Schooling.class, one(d.getSchooling())))))),
                new Section<>("家庭情况", List.of(
                        List.of(f("祖父", d -> relative(d.getGrandfather())), f("祖母", d -> relative(d.getGrandmother()))),
                        List.of(f("外祖父", d -> relative(d.getMaternalGrandfather())),
                                f("外祖母", d -> relative(d.getMaternalGrandmother()))),
                        parent("父亲", ChildDetails::getFather),
                        parent("母亲", ChildDetails::getMother))),
                new Section<>("实际监护情况", List.of(
                        List.of(f("父母双方同时外出", d -> yesNo(KeyTargets.bothParentsAway(d))),
                                f("父母一方外出、另一方无监护能力", d -> yesNo(KeyTargets.oneAwayOtherIncapable(d))
                                        + incapable(d))),
                        List.of(f("父母外出有无委托其他监护人", d -> yesNo(d.isDelegated())),
                                f("受委托监护人姓名", d -> d.getDelegate().getName()),
                                f("电话", d -> d.getDelegate().getPhone())),
                        List.of(f("公民身份证号码", d -> d.getDelegate().getIdNumber()),
                                f("与被监护人关系", d -> d.getDelegate().getRelation()),
                                f("居住地地址", d -> d.getDelegate().getAddress())),
                        List.of(f("监护类型", d -> ticks(GuardianshipType.class, one(d.getGuardianshipType())))))),
                new Section<>("家庭经济来源", List.of(List.of(f("", d -> ticks(IncomeSource.class, d.getIncomeSources()))))),
                new Section<>("救助帮扶情况", List.of(List.of(f("", d -> ticks(Assistance.class, d.getAssistance())))))),
                List.of("注：1. 患病指患有重特大疾病（含严重精神障碍）。2. 辍学指未完成义务教育离开学校；不在学指14至16周岁未在学。",
                        "3. 务工地点填写到XX省XX市。4. 家庭成员已故的填写“—”。"));
    }

    private RegistrationForm<ElderDetails> elderForm() {
        return new RegistrationForm<>(ELDER_TITLE, "附件7 登记表", List.of(
                new Section<>("个人基本情况", List.of(
                        List.of(f("姓名", ElderDetails::getName), f("性别", d -> labels.of(d.getSex())),
                                f("民族", ElderDetails::getEthnicity)),
                        List.of(f("出生日期", d -> date(d.getBirthDate())), f("公民身份证号码", ElderDetails::getIdNumber),
                                f("联系电话", ElderDetails::getPhone)),
                        List.of(f("婚姻状况", d -> ticks(MaritalStatus.class, one(d.getMaritalStatus()))),
                                f("子女数量", d -> d.getChildrenCount() == null ? "" : d.getChildrenCount().toString())),
                        List.of(f("现居住地", ElderDetails::getCurrentAddress)),
                        List.of(f("居住方式", d -> ticks(LivingArrangement.class, one(d.getLivingArrangement())))),
                        List.of(f("健康状况", d -> ticks(Health.class, one(d.getHealth()))),
                                f("生活自理能力", d -> ticks(SelfCare.class, one(d.getSelfCare())))))),
                new Section<>("外出子女", List.of(List.of(f("姓名、务工地点、联系电话", d -> d.getChildrenAway().isEmpty() ? "—"
                        : d.getChildrenAway().stream().map(a -> join(a.getName(), a.getWorkPlace(), a.getPhone()))
                                .collect(Collectors.joining("；")))))),
                new Section<>("经济与保障", List.of(
                        List.of(f("主要经济来源", ElderDetails::getEconomicSource)),
                        List.of(f("享受政策", d -> ticks(Assistance.class, d.getPolicies()))))),
                new Section<>("需求", List.of(List.of(f("", d -> ticks(ElderNeed.class, d.getNeeds()))))),
                new Section<>("联系人", List.of(List.of(f("联系人", ElderDetails::getContactName),
                        f("联系电话", ElderDetails::getContactPhone), f("包保责任人", ElderDetails::getResponsibleCadre))))),
                List.of("注：留守老人指60周岁及以上、子女均外出半年以上的农村老人。"));
    }

    private static <D> Field<D> f(String label, Function<D, String> value) {
        return new Field<>(label, value);
    }

    private List<Field<ChildDetails>> parent(String who, Function<ChildDetails, Parent> parent) {
        return List.of(f(who, d -> parent.apply(d).getStatus() == ParentStatus.DECEASED ? "—"
                        : Objects.toString(parent.apply(d).getName(), "")),
                f("出生日期", d -> date(parent.apply(d).getBirthDate())),
                f("当前务工地点", d -> parent.apply(d).getWorkPlace()),
                f("联系电话", d -> parent.apply(d).getPhone()),
                f("公民身份证号码", d -> parent.apply(d).getIdNumber()));
    }

    /** Every option of {@code type}, the chosen ones with √ and the others with □. */
    <E extends Enum<E>> String ticks(Class<E> type, Collection<E> chosen) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> (chosen.contains(e) ? "√" : "□") + labels.of(e)).collect(Collectors.joining(" "));
    }

    private static <E> Set<E> one(E value) {
        return value == null ? Set.of() : Set.of(value);
    }

    private static String relative(Relative r) {
        if (r == null || r.getName() == null || r.getName().isBlank()) {
            return "—";
        }
        return join(r.getName(), date(r.getBirthDate()));
    }

    private static String incapable(ChildDetails d) {
        boolean father = d.getFather().getStatus() != null && d.getFather().getStatus().unableToCare();
        boolean mother = d.getMother().getStatus() != null && d.getMother().getStatus().unableToCare();
        return father ? "（父亲）" : mother ? "（母亲）" : "";
    }

    private static String yesNo(boolean b) {
        return b ? "√是 □否" : "□是 √否";
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String join(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "));
    }
}
