package org.guanai.registry.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.testsupport.ProvinceAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The accounts a county's training session may list are found by their two scopes (V43) among a province's accounts,
 * and they are the same as those of a join of every account to its organisation, which read all 23,000.
 */
class AccountAttendeesReadTest {

    @Test
    void aCountysAccountsAreFoundByTheirScopesAmongAProvincesAccounts() {
        JdbcTemplate jdbc = ProvinceAccounts.create("account_attendees");
        RegionCode county = RegionCode.of(ProvinceAccounts.COUNTY);
        String lo = RegionCode.lowestWithPrefix(county.prefix());
        String hi = RegionCode.highestWithPrefix(county.prefix());

        String plan = String.join("\n", ProvinceAccounts.plan(jdbc, TrainingRecords.ACCOUNT_ATTENDEES, lo, hi, lo, hi));
        assertThat(plan).contains("account_scope_region_idx", "account_scope_organisation_idx")
                .doesNotContain("Seq Scan on account");

        List<Long> joined = jdbc.queryForList("""
                select a.id from account a left join organisation o on o.id = a.scope_organisation_id
                 where a.enabled and a.role not in ('ADMIN', 'AUDITOR')
                   and (a.scope_region_code between ? and ? or o.region_code between ? and ?)
                 order by a.display_name, a.id
                """, Long.class, lo, hi, lo, hi);
        List<Long> read = jdbc.query(TrainingRecords.ACCOUNT_ATTENDEES, (rs, n) -> rs.getLong(1), lo, hi, lo, hi);
        assertThat(read).as("20 towns' and 400 villages' clerks, 40 of departments").hasSize(460)
                .containsExactlyInAnyOrderElementsOf(joined);
    }
}
