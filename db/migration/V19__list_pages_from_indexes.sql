-- A town's list of one key-target flag, one page of it (issue 7/7, docs/performance.md). The list reads the ids
-- of its page first and the rows after (ChildListQuery); with the sort keys and the id in V17's village-keyed
-- flag indexes, those ids come from the index alone. The unattended children of a town by name (3,645 among
-- 186,000) cost 45-91 ms reading every one of them from the table; 1.5 ms from the index.
drop index child_active_unattended_village_idx;
create index child_active_unattended_village_idx on child (village_code) include (pinyin_full, birth_date, last_visit_date, id)
    where status = 'ACTIVE' and flag_unattended;
drop index child_active_one_away_village_idx;
create index child_active_one_away_village_idx on child (village_code) include (pinyin_full, birth_date, last_visit_date, id)
    where status = 'ACTIVE' and flag_one_away_incapable;
drop index child_active_dropout_village_idx;
create index child_active_dropout_village_idx on child (village_code) include (pinyin_full, birth_date, last_visit_date, id)
    where status = 'ACTIVE' and flag_dropout;
drop index child_active_no_hukou_village_idx;
create index child_active_no_hukou_village_idx on child (village_code) include (pinyin_full, birth_date, last_visit_date, id)
    where status = 'ACTIVE' and flag_no_hukou;
drop index child_active_hardship_village_idx;
create index child_active_hardship_village_idx on child (village_code) include (pinyin_full, birth_date, last_visit_date, id)
    where status = 'ACTIVE' and flag_hardship;
drop index child_active_illness_village_idx;
create index child_active_illness_village_idx on child (village_code) include (pinyin_full, birth_date, last_visit_date, id)
    where status = 'ACTIVE' and flag_serious_illness;
drop index child_active_disabled_village_idx;
create index child_active_disabled_village_idx on child (village_code) include (pinyin_full, birth_date, last_visit_date, id)
    where status = 'ACTIVE' and flag_disabled;
-- The count of a town's children not visited for N days (共 N 人): read from the table it cost 98 ms (most
-- children of the town match, but they lie among the other towns'); from this index 1.9 ms.
create index child_active_visit_idx on child (village_code, last_visit_date) where status = 'ACTIVE';
