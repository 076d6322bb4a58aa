package org.guanai.registry.care;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of a place or an activity, kept in PostgreSQL with the record (backed up with it). Only images, at most
 * {@value #MAX_BYTES} bytes; the type is read from the bytes, never taken from the browser's word, and a photo is
 * served with that type alone.
 */
@Service
@Transactional
public class CarePhotos {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** How many photos one place or activity keeps. */
    public static final int MAX_PER_RECORD = 12;

    /** Whose photo: a place or an activity. */
    public enum Owner {
        PLACE("place_id", CarePlaces.TYPE), ACTIVITY("activity_id", Activities.TYPE);

        final String column;
        final String objectType;

        Owner(String column, String objectType) {
            this.column = column;
            this.objectType = objectType;
        }
    }

    /** A photo to send: its sniffed type and bytes. */
    public record Photo(String contentType, byte[] content) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CarePlaces places;
    private final Activities activities;
    private final CareScope scope;
    private final AuditService audit;
    private final Clock clock;

    CarePhotos(NamedParameterJdbcTemplate jdbc, CarePlaces places, Activities activities, CareScope scope,
            AuditService audit, Clock clock) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.places = places;
        this.activities = activities;
        this.audit = audit;
        this.clock = clock;
    }

    /** The image type {@code bytes} begin with (JPEG, PNG, GIF, WebP), or null when they are no image of these. */
    public static String sniff(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** Adds a photo to a place or an activity the user may change; refused when it is no image or too large. */
    public long add(Owner owner, long ownerId, byte[] bytes, Jurisdiction jurisdiction) {
        scope(owner, ownerId, jurisdiction, true);
        if (bytes == null || bytes.length == 0) {
            throw new CareRefusedException("care.error.photoMissing");
        }
        if (bytes.length > MAX_BYTES) {
            throw new CareRefusedException("care.error.photoTooLarge");
        }
        String type = sniff(bytes);
        if (type == null) {
            throw new CareRefusedException("care.error.photoNotImage");
        }
        Integer count = jdbc.queryForObject("select count(*) from care_photo where " + owner.column + " = :owner",
                new MapSqlParameterSource("owner", ownerId), Integer.class);
        if (count != null && count >= MAX_PER_RECORD) {
            throw new CareRefusedException("care.error.photoTooMany");
        }
        Long id = jdbc.queryForObject("insert into care_photo (" + owner.column + ", content_type, size_bytes, content,"
                + " uploaded_by, uploaded_at) values (:owner, :type, :size, :content, :by, :at) returning id",
                new MapSqlParameterSource("owner", ownerId).addValue("type", type).addValue("size", bytes.length)
                        .addValue("content", bytes).addValue("by", scope.actor())
                        .addValue("at", Timestamp.from(clock.instant())), Long.class);
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, owner.objectType, ownerId, "photo " + id);
        return id;
    }

    /** The ids of a record's photos, oldest first. */
    @Transactional(readOnly = true)
    public List<Long> of(Owner owner, long ownerId) {
        return jdbc.queryForList("select id from care_photo where " + owner.column + " = :owner order by id",
                new MapSqlParameterSource("owner", ownerId), Long.class);
    }

    /** One photo, if the record it belongs to is the user's to see. */
    @Transactional(readOnly = true)
    public Photo get(long id, Jurisdiction jurisdiction) {
        List<Object[]> found = jdbc.query("select place_id, activity_id, content_type, content from care_photo"
                + " where id = :id", new MapSqlParameterSource("id", id), (rs, n) -> new Object[] {
                        rs.getObject("place_id", Long.class), rs.getObject("activity_id", Long.class),
                        rs.getString("content_type"), rs.getBytes("content")});
        if (found.isEmpty()) {
            throw new OutsideJurisdictionException("care_photo " + id);
        }
        Object[] row = found.get(0);
        if (row[0] != null) {
            scope(Owner.PLACE, (Long) row[0], jurisdiction, false);
        } else {
            scope(Owner.ACTIVITY, (Long) row[1], jurisdiction, false);
        }
        byte[] content = (byte[]) row[3];
        return new Photo((String) row[2], Arrays.copyOf(content, content.length));
    }

    private void scope(Owner owner, long ownerId, Jurisdiction jurisdiction, boolean write) {
        switch (owner) {
            case PLACE -> places.requireAccess(ownerId, jurisdiction, write);
            case ACTIVITY -> activities.requireAccess(ownerId, jurisdiction, write);
        }
    }
}
