package org.guanai.registry.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionKind;
import org.guanai.registry.region.RegionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The rosters as the plans print them, kept by the county office of their own county only. */
@SpringBootTest
class CommitteeServiceTest {

    static final RegionCode LONGLI = RegionCode.of("522730000000");
    static final RegionCode PREFECTURE = RegionCode.of("522700000000");

    @Autowired
    CommitteeService committees;
    @Autowired
    RegionService regions;

    SignedInUser longliOffice = actor(Role.COUNTY, LONGLI);

    @Test
    void theDemoRostersAreThoseOfThePlans() {
        CommitteeService.Roster group = committees.roster(CommitteeKind.LEADING_GROUP, longliOffice, null);
        assertThat(group.committee().getName()).startsWith("龙里县").endsWith("领导小组");
        assertThat(group.at(MemberPosition.LEADER)).singleElement().satisfies(m -> {
            assertThat(m.getPersonName()).isEqualTo("陈曦");
            assertThat(m.getTitle()).isEqualTo("县委副书记、县政府县长");
        });
        assertThat(group.at(MemberPosition.DEPUTY)).extracting(CommitteeMember::getPersonName).containsExactly("杨贵丽");
        // 成员 in the plan's order: 潘华 first, the towns' heads last; 韩宏宇 is listed twice in the plan, kept once.
        assertThat(group.at(MemberPosition.MEMBER)).hasSize(40)
                .extracting(CommitteeMember::getPersonName).startsWith("潘华", "宋跃东").endsWith("邱毅")
                .doesNotHaveDuplicates();
        assertThat(group.at(MemberPosition.OFFICE_HEAD)).extracting(CommitteeMember::getPersonName)
                .containsExactly("孟杰");
        assertThat(group.at(MemberPosition.OFFICE_DEPUTY)).extracting(CommitteeMember::getPersonName)
                .containsExactly("李光采", "任伟", "周勇");
        assertThat(group.committee().getOffice()).contains("县民政局");

        // Longli's plan sets up no joint meeting; Changbai's does, and its towns read it.
        assertThat(committees.roster(CommitteeKind.JOINT_MEETING, longliOffice, null).entered()).isFalse();
        CommitteeService.Roster meeting = committees.roster(CommitteeKind.JOINT_MEETING, actor(Role.TOWN,
                RegionCode.of("220623100000")), null);
        assertThat(meeting.at(MemberPosition.LEADER)).extracting(CommitteeMember::getPersonName)
                .containsExactly("苗春泽");
        assertThat(meeting.at(MemberPosition.DEPUTY)).extracting(CommitteeMember::getPersonName)
                .containsExactly("崔永利", "杨勇军");
        // A post to be named is a member without a person.
        assertThat(meeting.at(MemberPosition.MEMBER)).anySatisfy(m -> {
            assertThat(m.getPersonName()).isNull();
            assertThat(m.getUnit()).isEqualTo("县互联网信息中心");
        });
    }

    @Test
    void onlyTheCountyOfficeOfTheCountyKeepsItsRosterAndAStaleCopyIsRefused() {
        RegionCode huishui = RegionCode.of("522731000000");
        if (regions.find(huishui.value()).isEmpty()) {
            regions.create(huishui, "惠水县（测试）", PREFECTURE, RegionKind.COUNTY, 99);
        }
        SignedInUser huishuiOffice = actor(Role.COUNTY, huishui);
        assertThat(committees.roster(CommitteeKind.LEADING_GROUP, huishuiOffice, null).entered()).isFalse();
        assertThatThrownBy(() -> committees.add(CommitteeKind.LEADING_GROUP, MemberPosition.LEADER, "张三", "县长",
                null, huishuiOffice)).isInstanceOfSatisfying(CommitteeRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("committee.error.notEntered"));
        Committee group = committees.describe(CommitteeKind.LEADING_GROUP, 0, "惠水县关爱保护工作领导小组", null,
                null, huishuiOffice);
        CommitteeMember leader = committees.add(CommitteeKind.LEADING_GROUP, MemberPosition.LEADER, "张三", "县长",
                "县人民政府", huishuiOffice);
        CommitteeMember member = committees.add(CommitteeKind.LEADING_GROUP, MemberPosition.MEMBER, null,
                "分管负责人", "县融媒体中心", huishuiOffice);
        assertThatThrownBy(() -> committees.add(CommitteeKind.LEADING_GROUP, MemberPosition.MEMBER, " ", null,
                "县教育局", huishuiOffice)).isInstanceOfSatisfying(CommitteeRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("committee.error.nameOrTitle"));

        // Another county's office, a town and a department cannot change it; Longli's roster does not show it.
        assertThatThrownBy(() -> committees.change(leader.getId(), leader.getVersion(), MemberPosition.LEADER, "李四",
                "县长", null, 1, longliOffice)).isInstanceOfSatisfying(CommitteeRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("committee.error.noMember"));
        assertThatThrownBy(() -> committees.remove(leader.getId(), leader.getVersion(),
                actor(Role.TOWN, RegionCode.of("522731100000")))).isInstanceOfSatisfying(
                        CommitteeRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("committee.error.countyOnly"));
        assertThat(committees.roster(CommitteeKind.LEADING_GROUP, longliOffice, null).members())
                .extracting(CommitteeMember::getPersonName).doesNotContain("张三");
        assertThatThrownBy(() -> committees.roster(CommitteeKind.LEADING_GROUP,
                new SignedInUser(null, "school", "学校", Role.REPORTER, Jurisdiction.reporter(1)), null))
                .isInstanceOf(CommitteeRefusedException.class);

        // A new person in the post; the copy the form showed before is then stale.
        committees.change(leader.getId(), leader.getVersion(), MemberPosition.LEADER, "李四", "县长", "县人民政府", 1,
                huishuiOffice);
        assertThatThrownBy(() -> committees.change(leader.getId(), leader.getVersion(), MemberPosition.LEADER, "王五",
                "县长", null, 1, huishuiOffice)).isInstanceOfSatisfying(CommitteeRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("common.error.concurrentEdit"));
        assertThatThrownBy(() -> committees.describe(CommitteeKind.LEADING_GROUP, group.getVersion() + 1, "改名",
                null, null, huishuiOffice)).isInstanceOf(CommitteeRefusedException.class);
        committees.remove(member.getId(), member.getVersion(), huishuiOffice);
        assertThat(committees.roster(CommitteeKind.LEADING_GROUP, huishuiOffice, null).members())
                .extracting(CommitteeMember::getPersonName).containsExactly("李四");
        assertThat(committees.roster(CommitteeKind.LEADING_GROUP, huishuiOffice, null).committee().getName())
                .isEqualTo("惠水县关爱保护工作领导小组");
    }

    private static SignedInUser actor(Role role, RegionCode region) {
        return new SignedInUser(null, role.name().toLowerCase(), role.name(), role, Jurisdiction.region(region));
    }
}
