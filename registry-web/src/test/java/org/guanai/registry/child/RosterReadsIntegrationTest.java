package org.guanai.registry.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.WebTestSupport;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.RegionCode;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An export's people come in roster order, read in chunks by one statement prepared on the server (decision 039), every
 * part of their facts present even where all its columns are empty (what the registration forms read through), and the
 * connection goes back to the pool as it was.
 */
@WebIntegrationTest
class RosterReadsIntegrationTest {

    @Autowired
    ChildService children;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void aCountysRosterComesInRosterOrderWithEveryPartThroughOnePreparedStatement() {
        List<String> expected = jdbc.queryForList("select name || ' ' || birth_date from child where village_code "
                + "like '522730%' and status = 'ACTIVE' order by village_code, pinyin_full, id", String.class);
        List<String> handedOver = new ArrayList<>();
        List<String> partsMissing = new ArrayList<>();
        List<String> prepared = new ArrayList<>();
        AtomicReference<PGConnection> used = new AtomicReference<>();
        children.forEachInRoster(ChildFilter.none(), Jurisdiction.region(RegionCode.of("522730000000")), d -> {
            handedOver.add(d.getName() + " " + d.getBirthDate());
            if (d.getDelegate() == null || d.getFather() == null || d.getMother() == null || d.getGrandfather() == null
                    || d.getGrandmother() == null || d.getMaternalGrandfather() == null
                    || d.getMaternalGrandmother() == null) {
                partsMissing.add(d.getName());
            }
            if (used.get() == null) { // the transaction's connection, where its named statements are
                used.set(WebTestSupport.transactionsConnection(dataSource));
                prepared.addAll(jdbc.queryForList("select statement from pg_prepared_statements", String.class));
            }
        });

        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(handedOver).containsExactlyElementsOf(expected);
        assertThat(jdbc.queryForObject("select count(*) from child where village_code like '522730%' and status = "
                + "'ACTIVE' and num_nulls(delegate_elder_id, delegate_name, delegate_id_number, delegate_phone, "
                + "delegate_relation, delegate_address) = 6",
                Integer.class)).isPositive(); // children whose delegate's columns are all empty are among them
        assertThat(partsMissing).isEmpty();
        assertThat(prepared).anyMatch(s -> s.contains("from child c1_0 where c1_0.id in ($1,"));
        assertThat(used.get().getPrepareThreshold()).isZero();
    }
}
