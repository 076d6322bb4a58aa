-- Decision 036: an inbox arm reads its cases' ids and due times from an index alone, then only the page's cases
-- whole. The county office's arm "civil affairs' cases of the county at a stage waiting on their owner" was read
-- whole in due order by walking case_file_open_due_idx past every other county's cases of the line (90 ms on the
-- province set, where a county that came later has all its cases due later); from this index, with the due time
-- and id included, it reads the county's few thousand entries and sorts them (2 ms). The town clerk's badge
-- (V15) reads the same index.
drop index case_file_open_line_stage_region_idx;
create index case_file_open_line_stage_region_idx on case_file (owner_department_type, stage, region_code)
    include (due_at, id) where not closed;

-- The county office's home page lists the week's "too many look-ups elsewhere" alerts of its county. Through
-- audit_event_county_idx it read every event of the county's week (the province set's 5,000 case openings a
-- county, 2 ms on each home page); the alerts are rare, and this index holds only them.
create index audit_event_lookup_alert_idx on audit_event (county_code, occurred_at desc)
    where action = 'DUPLICATE_LIMIT_REACHED';
