-- The inbox at province scale (issue 7/7, docs/performance.md): a town's waiting cases are found by their stage
-- within the town's code range, and an inbox is read in due-date order, so that the first 200 come from an
-- index walk instead of sorting every open case of the scope. Both over open cases only.
create index case_file_open_stage_region_idx on case_file (stage, region_code) where not closed;
create index case_file_open_due_idx on case_file (due_at, id) where not closed;
