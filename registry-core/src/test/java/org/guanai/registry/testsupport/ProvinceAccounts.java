package org.guanai.registry.testsupport;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own, migrated, whose accounts are a province's: a clerk for each of its 20,000 villages and 1,000
 * towns and two for each of its 1,000 departments, analyzed. What a read of accounts by scope does at a province's
 * size; the shared test database holds a county's dozen, which any plan reads alike.
 */
public final class ProvinceAccounts {

    /** A county of the province, its first town and that town's first village. */
    public static final String COUNTY = "529901000000";
    public static final String TOWN = "529901001000";
    public static final String VILLAGE = "529901001001";

    private ProvinceAccounts() {
    }

    /** The province's database, named {@code name} (a database of that name is created afresh). */
    public static JdbcTemplate create(String name) {
        TestPostgres.Connection c = TestPostgres.database(name + "_" + System.nanoTime() % 100_000);
        DriverManagerDataSource source = new DriverManagerDataSource(c.jdbcUrl(), c.username(), c.password());
        Flyway.configure().dataSource(source).locations("filesystem:../db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(source);
        // 50 counties of 20 towns of 20 villages: codes 5299CC TTT VVV.
        jdbc.execute("""
                insert into region (code, name, level)
                select '5299' || lpad(c::text, 2, '0') || lpad(t::text, 3, '0') || lpad(v::text, 3, '0'),
                       c || '-' || t || '-' || v,
                       case when t = 0 then 'COUNTY' when v = 0 then 'TOWN' else 'VILLAGE' end
                  from generate_series(1, 50) c, generate_series(0, 20) t, generate_series(0, 20) v
                 where t > 0 or v = 0
                """);
        jdbc.execute("""
                insert into organisation (id, code, name, kind, department_type, region_code)
                select nextval('organisation_seq'), 'org-' || r.code || '-' || d, '部门' || d, 'COUNTY_DEPARTMENT',
                       'OTHER', r.code
                  from region r, generate_series(1, 20) d where r.level = 'COUNTY'
                """);
        jdbc.execute("""
                insert into account (id, username, display_name, password_hash, role, scope_region_code)
                select nextval('account_seq'), 'clerk-' || code, '干部' || name, 'x', level, code
                  from region where level in ('TOWN', 'VILLAGE')
                """);
        jdbc.execute("""
                insert into account (id, username, display_name, password_hash, role, scope_organisation_id)
                select nextval('account_seq'), 'dept-' || o.id || '-' || n, '部门干部' || n, 'x', 'DEPARTMENT', o.id
                  from organisation o, generate_series(1, 2) n
                """);
        jdbc.execute("analyze");
        return jdbc;
    }

    /** The plan PostgreSQL chooses for {@code sql} with {@code args}, one line of it per element. */
    public static List<String> plan(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForList("explain (costs off) " + sql, String.class, args);
    }
}
