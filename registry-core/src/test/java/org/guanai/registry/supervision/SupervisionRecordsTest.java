package org.guanai.registry.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.training.TrainingRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Inspections with findings and follow-ups, the yearly assessment and its ranking, training and publicity. */
@SpringBootTest
@Transactional
class SupervisionRecordsTest {

    static final RegionCode LONGLI = RegionCode.of("522730000000");
    static final RegionCode CHANGBAI = RegionCode.of("220623000000");

    @Autowired
    Inspections inspections;
    @Autowired
    Assessments assessments;
    @Autowired
    TrainingRecords training;
    @Autowired
    SupervisionService supervision;
    @Autowired
    JdbcTemplate jdbc;

    SignedInUser cbcounty = user(Role.COUNTY, CHANGBAI);
    SignedInUser inspector = new SignedInUser(null, "inspector", "督查", Role.INSPECTOR,
            Jurisdiction.region(LONGLI).readOnly());

    @Test
    void anInspectionWithATalkFollowedUpUntilClosedAndOnlyItsCountySeesIt() {
        LocalDate today = inspections.today();
        long id = inspections.record(Inspections.Kind.SPECIAL, today, "县政府督查组", "长白镇、县教育局", "限期整改",
                List.of(new Inspections.FindingInput("", "包保台账不全"), new Inspections.FindingInput(null, " ")),
                cbcounty);
        inspections.followUp(id, Inspections.FollowUpKind.TALK, "长白镇", "包保台账不全", today.plusDays(30), cbcounty);
        Inspections.Inspection recorded = inspections.one(id, cbcounty);
        assertThat(recorded.findings()).extracting(Inspections.Finding::finding).containsExactly("包保台账不全");
        Inspections.FollowUp talk = recorded.followUps().get(0);
        assertThat(talk.isOpen()).isTrue();
        assertThat(supervision.overview(cbcounty, null).openFollowUps()).isEqualTo(1);
        assertThat(inspections.list(cbcounty)).filteredOn(i -> i.id() == id).singleElement().satisfies(i -> {
            assertThat(i.findings()).extracting(Inspections.Finding::finding).containsExactly("包保台账不全");
            assertThat(i.followUps()).extracting(Inspections.FollowUp::kind)
                    .containsExactly(Inspections.FollowUpKind.TALK);
        });

        // Longli's inspector neither lists nor opens it.
        assertThat(inspections.list(inspector)).extracting(Inspections.Inspection::id).doesNotContain(id);
        assertThatThrownBy(() -> inspections.one(id, inspector)).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> inspections.followUp(id, Inspections.FollowUpKind.NOTICE, "x", "y", today, inspector))
                .isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> inspections.close(talk.id(), talk.version(), today, "已整改", inspector))
                .isInstanceOf(OutsideJurisdictionException.class);
        // A town does not record inspections.
        assertThatThrownBy(() -> inspections.list(user(Role.TOWN, RegionCode.of("220623100000"))))
                .isInstanceOf(SupervisionRefusedException.class);

        inspections.close(talk.id(), talk.version(), today, "已约谈镇长，台账已补齐", cbcounty);
        assertThat(inspections.one(id, cbcounty).followUps().get(0).isOpen()).isFalse();
        assertThatThrownBy(() -> inspections.close(talk.id(), talk.version(), today, "再办结", cbcounty))
                .isInstanceOfSatisfying(SupervisionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("common.error.concurrentEdit"));
        assertThatThrownBy(() -> inspections.record(Inspections.Kind.QUARTERLY, today.plusDays(1), "x", "y", null,
                List.of(), cbcounty)).hasMessageContaining("inspection.error.date");
        assertThatThrownBy(() -> inspections.record(Inspections.Kind.QUARTERLY, today, "x", "y", null,
                List.of(new Inspections.FindingInput("task:999999999", "z")), cbcounty))
                .hasMessageContaining("inspection.error.subject");
    }

    @Test
    void theAssessmentRanksTownsAndDepartmentsApartByThePlansCriteria() {
        int year = inspections.today().getYear();
        Assessments.Sheet empty = assessments.sheet(year, cbcounty);
        assertThat(empty.criteria()).extracting(c -> c.name()).startsWith("摸底排查和信息库动态更新");
        assertThat(empty.towns()).hasSize(8);
        String first = empty.towns().get(0).unit().key();
        String second = empty.towns().get(1).unit().key();
        score(year, Map.of(first, Map.of("摸底排查和信息库动态更新", new BigDecimal("15")),
                second, Map.of("摸底排查和信息库动态更新", new BigDecimal("18"), "学校关爱保护", new BigDecimal("10"))));
        Assessments.Sheet sheet = assessments.sheet(year, cbcounty);
        assertThat(sheet.towns().get(0).unit().key()).isEqualTo(second);
        assertThat(sheet.towns().get(0).total()).isEqualByComparingTo("28");
        assertThat(sheet.towns().get(0).rank()).isEqualTo(1);
        assertThat(sheet.towns().get(1).rank()).isEqualTo(2);
        // The rest share the third place with 0.
        assertThat(sheet.towns().subList(2, 8)).allSatisfy(u -> assertThat(u.rank()).isEqualTo(3));
        assertThatThrownBy(() -> score(year, Map.of(first, Map.of("学校关爱保护", new BigDecimal("16")))))
                .hasMessageContaining("assessment.error.score");
        // Every score at fault is named, and none of the others is written.
        assertThatThrownBy(() -> score(year, Map.of(first, Map.of("学校关爱保护", new BigDecimal("14"),
                "摸底排查和信息库动态更新", new BigDecimal("-1")), second, Map.of("学校关爱保护", new BigDecimal("15.5")))))
                .isInstanceOfSatisfying(Assessments.ScoresRefusedException.class, e -> assertThat(e.cells())
                        .containsExactlyInAnyOrder("score|" + first + "|摸底排查和信息库动态更新",
                                "score|" + second + "|学校关爱保护"));
        assertThat(assessments.sheet(year, cbcounty).towns()).filteredOn(u -> u.unit().key().equals(first))
                .singleElement().satisfies(u -> assertThat(u.scores()).doesNotContainKey("学校关爱保护"));
        assertThatThrownBy(() -> score(year, Map.of("town:522730100000", Map.of("学校关爱保护", BigDecimal.ONE))))
                .hasMessageContaining("assessment.error.unknown");
        // Longli's inspector reads Longli's criteria, not Changbai's scores.
        assertThat(assessments.sheet(year, inspector).criteria()).extracting(c -> c.name())
                .startsWith("落实法定监护责任");
    }

    @Test
    void trainingAndPublicityAreCountedForTheCounty() {
        SignedInUser cbtown = user(Role.TOWN, RegionCode.of("220623100000"));
        LocalDate today = training.today();
        List<TrainingRecords.Attendee> candidates = training.candidates(cbtown);
        assertThat(candidates).isNotEmpty();
        int year = today.getYear();
        TrainingRecords.Figures before = training.figures(CHANGBAI, year);
        training.recordSession(today, "留守儿童监护人培训", "县妇联 李玉", new BigDecimal("2.5"),
                List.of(candidates.get(0).key()), 30, null, cbtown);
        training.recordPublicity(today, TrainingRecords.PublicityKind.CAMPAIGN, "长白镇集市", 400, null, cbtown);
        TrainingRecords.Figures after = training.figures(CHANGBAI, year);
        assertThat(after.sessions()).isEqualTo(before.sessions() + 1);
        assertThat(after.attendances()).isEqualTo(before.attendances() + 31);
        assertThat(after.reach()).isEqualTo(before.reach() + 400);
        assertThat(training.figures(LONGLI, year).reach()).as("Longli's own").isZero();
        // Someone of another town is no attendee of this one's session.
        String longshanClerk = training.candidates(user(Role.TOWN, RegionCode.of("522730100000"))).get(0).key();
        assertThatThrownBy(() -> training.recordSession(today, "x", "y", BigDecimal.ONE, List.of(longshanClerk), 0,
                null, cbtown)).hasMessageContaining("training.error.attendee");
        assertThat(training.sessions(user(Role.COUNTY, CHANGBAI))).extracting(TrainingRecords.Session::topic)
                .contains("留守儿童监护人培训");
        assertThat(training.sessions(inspector)).extracting(TrainingRecords.Session::topic)
                .doesNotContain("留守儿童监护人培训");
    }

    @Test
    void eachSessionIsReadWithItsOwnAttendeesInTheirOrder() {
        SignedInUser cbtown = user(Role.TOWN, RegionCode.of("220623100000"));
        List<TrainingRecords.Attendee> candidates = training.candidates(cbtown);
        assertThat(candidates).hasSizeGreaterThanOrEqualTo(3);
        LocalDate day = training.today().minusDays(1);
        List<String> three = candidates.subList(0, 3).stream().map(TrainingRecords.Attendee::key).toList();
        long many = training.recordSession(day, "三人培训", "讲师", BigDecimal.ONE,
                List.of(three.get(2), three.get(0), three.get(1)), 0, null, cbtown);
        long one = training.recordSession(day, "一人培训", "讲师", BigDecimal.ONE, List.of(three.get(1)), 2, null,
                cbtown);
        long none = training.recordSession(day, "无名单培训", "讲师", BigDecimal.ONE, List.of(), 5, null, cbtown);
        Map<Long, TrainingRecords.Session> read = training.sessions(cbtown).stream()
                .collect(Collectors.toMap(TrainingRecords.Session::id, s -> s));
        List<String> names = jdbc.queryForList("select name from training_attendee where session_id = ? order by name",
                String.class, many);
        assertThat(names).containsExactlyInAnyOrderElementsOf(
                candidates.subList(0, 3).stream().map(TrainingRecords.Attendee::name).toList());
        assertThat(read.get(many).attendees()).isEqualTo(names);
        assertThat(read.get(one).attendees()).containsExactly(candidates.get(1).name());
        assertThat(read.get(one).attendeeCount()).isEqualTo(3);
        assertThat(read.get(none).attendees()).isEmpty();
        assertThat(read.get(none).attendeeCount()).isEqualTo(5);
    }

    private void score(int year, Map<String, Map<String, BigDecimal>> scores) {
        assessments.record(year, scores, cbcounty);
    }

    private static SignedInUser user(Role role, RegionCode region) {
        return new SignedInUser(null, role.name().toLowerCase(), role.name(), role, Jurisdiction.region(region));
    }
}
