package org.guanai.registry.care;

import jakarta.validation.Valid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.shared.Texts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The carers of villages and towns (docs/care.md, "Carers"). */
@Service
@Validated
@Transactional
public class Carers {

    static final String TYPE = "carer";

    private static final String SELECT = """
            select c.*, r.name as region_name, a.display_name as account_name
              from carer c join region r on r.code = c.region_code left join account a on a.id = c.account_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final CareScope scope;
    private final CareRegions regions;
    private final CareRecords records;

    Carers(NamedParameterJdbcTemplate jdbc, CareScope scope, CareRegions regions, CareRecords records) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.regions = regions;
        this.records = records;
    }

    /** The carers the user's region covers, by region, role and name; {@code activeOnly} for a form's choices. */
    @Transactional(readOnly = true)
    public List<Carer> list(Jurisdiction jurisdiction, boolean activeOnly) {
        return jdbc.query(SELECT + " where c.region_code between :lo and :hi" + (activeOnly ? " and c.active" : "")
                + " order by c.region_code, c.role, c.name",
                CareScope.codeRangeOf(jurisdiction), Carers::carer);
    }

    /**
     * The active carers who may serve a person of {@code villageCode}: the village's own and its town's.
     */
    @Transactional(readOnly = true)
    public List<Carer> servingVillage(String villageCode) {
        RegionCode village = RegionCode.of(villageCode);
        return jdbc.query(SELECT + " where c.active and c.region_code in (:village, :town) order by c.role, c.name",
                new MapSqlParameterSource("village", villageCode).addValue("town",
                        village.ancestorAt(RegionLevel.TOWN).value()), Carers::carer);
    }

    @Transactional(readOnly = true)
    public Carer get(long id, Jurisdiction jurisdiction) {
        Carer carer = find(id);
        scope.requireVisible(TYPE, id, carer.regionCode(), jurisdiction);
        return carer;
    }

    /** The account username of a carer, for the form. */
    @Transactional(readOnly = true)
    public String usernameOf(Carer carer) {
        return carer.accountId() == null ? null : jdbc.queryForObject("select username from account where id = :id",
                new MapSqlParameterSource("id", carer.accountId()), String.class);
    }

    public long create(@Valid CarerForm form, Jurisdiction jurisdiction) {
        regions.requireServed(form.getRegionCode(), TYPE, jurisdiction);
        return records.create(TYPE, """
                insert into carer (region_code, role, name, phone, account_id, team, training, active, created_at,
                    updated_at)
                values (:region, :role, :name, :phone, :account, :team, :training, :active, :now, :now) returning id
                """, params(form));
    }

    public void update(long id, @Valid CarerForm form, Jurisdiction jurisdiction) {
        Carer carer = find(id);
        scope.requireWritable(TYPE, id, carer.regionCode(), jurisdiction);
        regions.requireServed(form.getRegionCode(), TYPE, jurisdiction);
        records.update(TYPE, id, form.getVersion(), """
                update carer set region_code = :region, role = :role, name = :name, phone = :phone,
                    account_id = :account, team = :team, training = :training, active = :active, updated_at = :now,
                    version = version + 1
                 where id = :id and version = :version
                """, params(form));
    }

    Carer find(long id) {
        return CareRecords.one(jdbc.query(SELECT + " where c.id = :id", new MapSqlParameterSource("id", id),
                Carers::carer), TYPE, id);
    }

    /**
     * The form's values, with the account looked up by username: a 儿童主任's own VILLAGE (or TOWN) account of the
     * region the carer serves, nothing else.
     */
    private MapSqlParameterSource params(CarerForm f) {
        Long account = null;
        String username = Texts.strippedOrNull(f.getAccount());
        if (username != null) {
            List<Long> found = jdbc.queryForList("""
                    select id from account where username = :username and enabled
                       and role in ('VILLAGE', 'TOWN') and scope_region_code = :region
                    """, new MapSqlParameterSource("username", username).addValue("region", f.getRegionCode()),
                    Long.class);
            if (found.isEmpty()) {
                throw CareRefusedException.ofField("account", "care.error.account");
            }
            account = found.get(0);
        }
        // A carer's phone becomes the 包保 phone of the people they answer for: the rule of a person's phones.
        CareRecords.requirePhone(f.getPhone());
        return new MapSqlParameterSource("region", f.getRegionCode()).addValue("role", f.getRole().name())
                .addValue("name", f.getName().strip()).addValue("phone", Texts.strippedOrNull(f.getPhone()))
                .addValue("account", account).addValue("team", Texts.strippedOrNull(f.getTeam()))
                .addValue("training", Texts.strippedOrNull(f.getTraining())).addValue("active", f.isActive());
    }

    private static Carer carer(ResultSet rs, int row) throws SQLException {
        return new Carer(rs.getLong("id"), rs.getLong("version"), rs.getString("region_code"),
                rs.getString("region_name"), CarerRole.valueOf(rs.getString("role")), rs.getString("name"),
                rs.getString("phone"), rs.getObject("account_id", Long.class), rs.getString("account_name"),
                rs.getString("team"), rs.getString("training"), rs.getBoolean("active"));
    }
}
