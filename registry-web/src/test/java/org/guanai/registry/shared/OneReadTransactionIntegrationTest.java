package org.guanai.registry.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.guanai.registry.WebIntegrationTest;
import org.guanai.registry.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A person's reads run in one transaction, prepared on the server there and only there (decision 039). */
@WebIntegrationTest
class OneReadTransactionIntegrationTest {

    @Autowired
    OneReadTransaction reads;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager em;
    @Autowired
    DataSource dataSource;

    @Test
    void theReadsOfAPersonArePreparedOnTheServerAndTheConnectionIsGivenBackAsItWas() throws Exception {
        long id = jdbc.queryForObject("select min(id) from child", Long.class);
        AtomicReference<PGConnection> used = new AtomicReference<>();
        reads.run(() -> {
            used.set(WebTestSupport.transactionsConnection(dataSource));
            em.createQuery("select c.id from Child c where c.id = :id", Long.class).setParameter("id", id)
                    .getSingleResult();
            jdbc.queryForObject("select count(*) from visit where person_id = ? /* one person */", Long.class,
                    id);
            // Both on the transaction's connection, where its named statements are.
            assertThat(jdbc.queryForList("select statement from pg_prepared_statements", String.class))
                    .anyMatch(s -> s.contains("from child c1_0 where c1_0.id=$1"))
                    .anyMatch(s -> s.contains("/* one person */"));
        });
        assertThat(used.get().getPrepareThreshold()).isZero();
    }
}
