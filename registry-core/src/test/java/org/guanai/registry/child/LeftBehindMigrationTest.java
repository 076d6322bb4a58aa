package org.guanai.registry.child;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.guanai.registry.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The upgrade to derived 留守 (V30) on a database of its own, migrated to V29 and filled with children ticked as the old
 * form allowed: each child is re-derived, and each one whose 留守 changed has a history entry that says so.
 */
class LeftBehindMigrationTest {

    @Test
    void everyChildIsReDerivedAndEachChangeIsInItsHistory() {
        TestPostgres.Connection c = TestPostgres.database("v30_left_behind_" + System.nanoTime() % 100_000);
        DriverManagerDataSource ds = new DriverManagerDataSource(c.jdbcUrl(), c.username(), c.password());
        Flyway.configure().dataSource(ds).locations("filesystem:../db/migration").target("29").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.update("insert into region (code, name, level) values ('520000000000', '贵州省', 'PROVINCE')");
        jdbc.update("insert into region (code, name, level, parent_code) values ('522730100201', '中坝村', 'VILLAGE', '520000000000')");
        long bothAway = child(jdbc, true, true, "WORKING_AWAY", "WORKING_AWAY");    // stays 留守
        long tickedAtHome = child(jdbc, true, true, "WORKING_AWAY", "AT_HOME");     // ticked, was never one
        long notTickedButIs = child(jdbc, false, true, "WORKING_AWAY", "DECEASED"); // one away, the other dead
        long noHukou = child(jdbc, true, false, "WORKING_AWAY", "MISSING");         // 无户籍留守儿童 stays

        Flyway.configure().dataSource(ds).locations("filesystem:../db/migration").target("30").load().migrate();

        assertThat(leftBehind(jdbc, bothAway)).isTrue();
        assertThat(leftBehind(jdbc, tickedAtHome)).isFalse();
        assertThat(leftBehind(jdbc, notTickedButIs)).isTrue();
        assertThat(leftBehind(jdbc, noHukou)).isTrue();
        assertThat(jdbc.queryForList("select hukou_type from child order by id", String.class))
                .containsExactly("RURAL", "RURAL", "RURAL", null);
        assertThat(jdbc.queryForList("""
                select c.person_id || ':' || f.field || ':' || f.before || '→' || f.after
                from record_change c join record_change_field f on f.change_id = c.id order by c.person_id
                """, String.class)).containsExactly(tickedAtHome + ":leftBehind:true→false",
                notTickedButIs + ":leftBehind:false→true");
        assertThat(jdbc.queryForObject("select count(distinct id) from record_change", Integer.class)).isEqualTo(2);
        // The ids taken from the sequence are never handed out again.
        assertThat(jdbc.queryForObject("select nextval('record_change_seq') > max(id) from record_change",
                Boolean.class)).isTrue();
    }

    private static long child(JdbcTemplate jdbc, boolean ticked, boolean hukou, String father, String mother) {
        return jdbc.queryForObject("""
                insert into child (id, left_behind, in_difficulty, name, sex, birth_date, has_hukou, village_code,
                                   father_status, mother_status, created_at, updated_at)
                values (nextval('child_seq'), ?, false, '测试', 'FEMALE', date '2016-01-01', ?, '522730100201', ?, ?,
                        now(), now())
                returning id
                """, Long.class, ticked, hukou, father, mother);
    }

    private static boolean leftBehind(JdbcTemplate jdbc, long id) {
        return jdbc.queryForObject("select left_behind from child where id = ?", Boolean.class, id);
    }
}
