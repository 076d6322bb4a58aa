-- A list's capped count (共 N 人) for one key-target flag in a town (issue 7/7, docs/performance.md). V3's flag
-- indexes are keyed by id, which suits the newest-first page across a county, but counting a town's share of
-- the flag read every flagged child of the county from the table: 3,645 unattended children of a town cost
-- 120 ms per list under load. Keyed by village, restricted to active records, the count is read from the index.
create index child_active_unattended_village_idx on child (village_code) where status = 'ACTIVE' and flag_unattended;
create index child_active_one_away_village_idx on child (village_code) where status = 'ACTIVE' and flag_one_away_incapable;
create index child_active_dropout_village_idx on child (village_code) where status = 'ACTIVE' and flag_dropout;
create index child_active_no_hukou_village_idx on child (village_code) where status = 'ACTIVE' and flag_no_hukou;
create index child_active_hardship_village_idx on child (village_code) where status = 'ACTIVE' and flag_hardship;
create index child_active_illness_village_idx on child (village_code) where status = 'ACTIVE' and flag_serious_illness;
create index child_active_disabled_village_idx on child (village_code) where status = 'ACTIVE' and flag_disabled;
