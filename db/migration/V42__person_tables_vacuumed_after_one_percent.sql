-- Decision 050: the people and their cases are vacuumed and analyzed once a hundredth of their rows has changed, and
-- every vacuum of them clears their indexes too. PostgreSQL's defaults wait for a fifth of a table (a tenth for an
-- analyze): on the province set, 200,000 changed children, while every recorded visit rewrites its child's row
-- (last_visit_date is in the list indexes, so no such update is a HOT one). Until a vacuum, the changed county's list
-- pages read through dead index entries and fetch the table's row wherever a page is no longer all-visible: after
-- 12,000 visits to the demo county's children its not-visited list took 11.6-12.7 ms instead of 3.5-4.0, its roster
-- list 6.9-7.5 ms instead of 3.2 (docs/performance.md, nineteenth session). Left to `auto`, a vacuum skips the indexes
-- when under 2 % of the table's pages hold dead rows, which is how one county's changes sit in a province's table;
-- those pages then never become all-visible. Analyzing after a hundredth also lets the planner see a county's first
-- import into a province's tables.
alter table child set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01,
    autovacuum_analyze_scale_factor = 0.01, vacuum_index_cleanup = on);
alter table elder set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01,
    autovacuum_analyze_scale_factor = 0.01, vacuum_index_cleanup = on);
alter table case_file set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01,
    autovacuum_analyze_scale_factor = 0.01, vacuum_index_cleanup = on);
