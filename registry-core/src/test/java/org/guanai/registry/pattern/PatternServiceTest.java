package org.guanai.registry.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The "456" checklist: 4 county, 5 town and 6 village items; who keeps which; the completion figures. */
@SpringBootTest
class PatternServiceTest {

    static final RegionCode COUNTY = RegionCode.of("522730000000");
    static final RegionCode LONGSHAN = RegionCode.of("522730100000");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PatternService pattern;
    @Autowired
    OrganisationService organisations;

    SignedInUser county = new SignedInUser(null, "county", "县留守办", Role.COUNTY, Jurisdiction.region(COUNTY));
    SignedInUser longshan = new SignedInUser(null, "longshan", "龙山镇", Role.TOWN, Jurisdiction.region(LONGSHAN));
    SignedInUser inspector = new SignedInUser(null, "inspector", "督查", Role.INSPECTOR, Jurisdiction.region(COUNTY).readOnly());

    @Test
    void fourFiveSixItemsAndTheCompletionOfATownsPart() {
        List<PatternService.Level> levels = pattern.matrix(inspector, null);
        assertThat(levels).extracting(PatternService.Level::level)
                .containsExactly(RegionLevel.COUNTY, RegionLevel.TOWN, RegionLevel.VILLAGE);
        assertThat(levels).extracting(l -> l.items().size()).containsExactly(4, 5, 6);
        assertThat(levels.get(0).regions()).hasSize(1);
        assertThat(levels.get(1).items().get(0).getTitle()).isEqualTo("一个留守办");
        assertThat(levels.get(2).items().get(1).getTitle()).isEqualTo("一名专（兼）职儿童福利主任");
        assertThat(levels.get(2).items().get(1).getMark()).isEqualTo("②");

        PatternService.Level towns = levels.get(1);
        long office = towns.items().get(0).getId();
        long youthPalace = towns.items().get(4).getId();
        int builtBefore = pattern.matrix(inspector, null).get(1).built();
        Map<Long, Boolean> built = new HashMap<>(Map.of(office, true, youthPalace, true));
        pattern.record(LONGSHAN, built, Map.of(office, LocalDate.of(2017, 3, 1)), Map.of(office, "分管领导 张副镇长"),
                longshan);
        // ⑤ 少年宫 is led by 县教育局 (五（七）2⑤): the town's tick of it is not its to give; the bureau records it.
        assertThat(pattern.matrix(county, null).get(1).built()).isEqualTo(builtBefore + 1);
        assertThat(pattern.of(LONGSHAN, longshan)).filteredOn(f -> f.item().getId() == youthPalace)
                .singleElement().satisfies(f -> assertThat(f.editable()).isFalse());
        SignedInUser edu = new SignedInUser(null, "edu", "县教育局", Role.DEPARTMENT, Jurisdiction.department(
                organisations.findByCode("jy").orElseThrow().getId(), COUNTY));
        pattern.record(LONGSHAN, Map.of(youthPalace, true), Map.of(), Map.of(), edu);
        assertThatThrownBy(() -> pattern.record(LONGSHAN, Map.of(office, false), Map.of(), Map.of(),
                new SignedInUser(null, "police", "县公安局", Role.DEPARTMENT, Jurisdiction.department(
                        organisations.findByCode("ga").orElseThrow().getId(), COUNTY))))
                .as("a line that leads no town item").isInstanceOf(PatternRefusedException.class);
        PatternService.Level after = pattern.matrix(county, null).get(1);
        assertThat(after.built()).isEqualTo(builtBefore + 2);
        assertThat(after.entries().get(LONGSHAN.value()).get(office).isBuilt()).as("the bureau left the office alone")
                .isTrue();
        assertThat(after.entries().get(LONGSHAN.value()).get(office).getBuiltOn()).isEqualTo(LocalDate.of(2017, 3, 1));
        assertThat(after.percent()).isEqualTo(after.built() * 100 / after.cells());

        // A village of the town: its 一站式服务 is ticked with a note; its 儿童福利主任 is what the carers show, never a tick.
        RegionCode village = RegionCode.of("522730100201");
        long oneStop = levels.get(2).items().get(5).getId();
        long director = levels.get(2).items().get(1).getId();
        pattern.record(village, Map.of(oneStop, true, director, true), Map.of(), Map.of(oneStop, "村便民服务大厅"),
                longshan);
        Map<Long, PatternEntry> villageEntries = pattern.matrix(longshan, null).get(1).entries().get(village.value());
        assertThat(villageEntries.get(oneStop).getNote()).isEqualTo("村便民服务大厅");
        assertThat(villageEntries.get(director) == null ? null : villageEntries.get(director).getUpdatedBy())
                .as("a tick of ② is not kept").isNotEqualTo("longshan");
        jdbc.update("""
                insert into carer (region_code, role, name, active, created_at, updated_at)
                values ('522730100201', 'CHILDREN_DIRECTOR', '王芳', true, now(), now())
                """);
        PatternEntry shown = pattern.matrix(longshan, null).get(1).entries().get(village.value()).get(director);
        assertThat(shown.isBuilt()).isTrue();
        assertThat(shown.getNote()).contains("王芳");
        assertThat(pattern.of(village, longshan)).extracting(PatternService.FormItem::entry)
                .filteredOn(e -> e != null && director == e.getItemId())
                .singleElement().extracting(PatternEntry::getNote).asString().contains("王芳");
        assertThat(pattern.matrix(longshan, null)).extracting(PatternService.Level::level)
                .containsExactly(RegionLevel.TOWN, RegionLevel.VILLAGE);

        // Who keeps which part.
        assertThatThrownBy(() -> pattern.record(COUNTY, Map.of(), Map.of(), Map.of(), longshan))
                .isInstanceOf(PatternRefusedException.class);
        assertThatThrownBy(() -> pattern.record(RegionCode.of("522730101000"), Map.of(), Map.of(), Map.of(), longshan))
                .isInstanceOf(PatternRefusedException.class);
        assertThatThrownBy(() -> pattern.record(LONGSHAN, Map.of(), Map.of(), Map.of(), county))
                .isInstanceOf(PatternRefusedException.class);
        assertThatThrownBy(() -> pattern.record(COUNTY, Map.of(), Map.of(), Map.of(), inspector))
                .isInstanceOf(PatternRefusedException.class);
        pattern.record(COUNTY, Map.of(levels.get(0).items().get(0).getId(), true), Map.of(), Map.of(), county);
        assertThat(pattern.matrix(county, null).get(0).built()).isEqualTo(1);
    }
}
