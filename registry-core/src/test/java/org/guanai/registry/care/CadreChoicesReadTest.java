package org.guanai.registry.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.guanai.registry.testsupport.ProvinceAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The choices of 包保 person, read on every page of a person its viewer may change, find a village's and its town's
 * cadres by their scope (V43) among a province's accounts; without the index they read all 23,000.
 */
class CadreChoicesReadTest {

    @Test
    void aVillagesCadresAreFoundByScopeAmongAProvincesAccounts() {
        JdbcTemplate jdbc = ProvinceAccounts.create("cadre_choices");
        MapSqlParameterSource params = new MapSqlParameterSource("village", ProvinceAccounts.VILLAGE)
                .addValue("town", ProvinceAccounts.TOWN);
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);

        List<String> plan = named.queryForList("explain (costs off) " + Responsibilities.CADRE_CHOICES, params,
                String.class);
        assertThat(String.join("\n", plan)).contains("account_scope_region_idx").doesNotContain("Seq Scan");
        assertThat(named.queryForList(Responsibilities.CADRE_CHOICES, params)).as("the village's clerk and the town's")
                .hasSize(2);
    }
}
