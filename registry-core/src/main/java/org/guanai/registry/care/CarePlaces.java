package org.guanai.registry.care;

import jakarta.validation.Valid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.shared.Texts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The places where care is given (儿童之家, 四点半学堂 …), each of one village or town (docs/care.md, "Places"). */
@Service
@Validated
@Transactional
public class CarePlaces {

    static final String TYPE = "care_place";

    private static final String SELECT = """
            select p.*, r.name as region_name,
                   (select count(*) from care_photo ph where ph.place_id = p.id) as photos
              from care_place p join region r on r.code = p.region_code
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final CareScope scope;
    private final CareRegions regions;
    private final CareRecords records;

    CarePlaces(NamedParameterJdbcTemplate jdbc, CareScope scope, CareRegions regions, CareRecords records) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.regions = regions;
        this.records = records;
    }

    /** The places the user's region covers, by region and name. */
    @Transactional(readOnly = true)
    public List<CarePlace> list(Jurisdiction jurisdiction) {
        return jdbc.query(SELECT + " where p.region_code between :lo and :hi order by p.region_code, p.name",
                CareScope.codeRangeOf(jurisdiction), CarePlaces::place);
    }

    @Transactional(readOnly = true)
    public CarePlace get(long id, Jurisdiction jurisdiction) {
        CarePlace place = find(id);
        scope.requireVisible(TYPE, id, place.regionCode(), jurisdiction);
        return place;
    }

    /** A place for its edit form: one the user may change. */
    @Transactional(readOnly = true)
    public CarePlace openForEdit(long id, Jurisdiction jurisdiction) {
        CarePlace place = find(id);
        scope.requireWritable(TYPE, id, place.regionCode(), jurisdiction);
        return place;
    }

    /** Refuses (404 or 403, audited) a place the user may not see, or change when {@code write}. */
    void requireAccess(long id, Jurisdiction jurisdiction, boolean write) {
        CarePlace place = find(id);
        if (write) {
            scope.requireWritable(TYPE, id, place.regionCode(), jurisdiction);
        } else {
            scope.requireVisible(TYPE, id, place.regionCode(), jurisdiction);
        }
    }

    public long create(@Valid PlaceForm form, Jurisdiction jurisdiction) {
        regions.requireServed(form.getRegionCode(), TYPE, jurisdiction);
        return records.create(TYPE, """
                insert into care_place (region_code, kind, name, address, opening_hours, person_in_charge, phone,
                    capacity, status, created_at, updated_at)
                values (:region, :kind, :name, :address, :hours, :person, :phone, :capacity, :status, :now, :now)
                returning id
                """, params(form));
    }

    /** Changes a place the user's jurisdiction may change, if nobody changed it since {@code form}'s version. */
    public void update(long id, @Valid PlaceForm form, Jurisdiction jurisdiction) {
        CarePlace place = find(id);
        scope.requireWritable(TYPE, id, place.regionCode(), jurisdiction);
        regions.requireServed(form.getRegionCode(), TYPE, jurisdiction);
        records.update(TYPE, id, form.getVersion(), """
                update care_place set region_code = :region, kind = :kind, name = :name, address = :address,
                    opening_hours = :hours, person_in_charge = :person, phone = :phone, capacity = :capacity,
                    status = :status, updated_at = :now, version = version + 1
                 where id = :id and version = :version
                """, params(form));
    }

    private CarePlace find(long id) {
        return CareRecords.one(jdbc.query(SELECT + " where p.id = :id", new MapSqlParameterSource("id", id),
                CarePlaces::place), TYPE, id);
    }

    private static MapSqlParameterSource params(PlaceForm f) {
        CareRecords.requirePhone(f.getPhone());
        return new MapSqlParameterSource("region", f.getRegionCode()).addValue("kind", f.getKind().name())
                .addValue("name", f.getName().strip()).addValue("address", Texts.strippedOrNull(f.getAddress()))
                .addValue("hours", Texts.strippedOrNull(f.getOpeningHours()))
                .addValue("person", Texts.strippedOrNull(f.getPersonInCharge()))
                .addValue("phone", Texts.strippedOrNull(f.getPhone())).addValue("capacity", f.getCapacity())
                .addValue("status", f.getStatus().name());
    }

    private static CarePlace place(ResultSet rs, int row) throws SQLException {
        return new CarePlace(rs.getLong("id"), rs.getLong("version"), rs.getString("region_code"),
                rs.getString("region_name"), PlaceKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("address"), rs.getString("opening_hours"), rs.getString("person_in_charge"),
                rs.getString("phone"), rs.getObject("capacity", Integer.class),
                PlaceStatus.valueOf(rs.getString("status")), rs.getInt("photos"));
    }
}
