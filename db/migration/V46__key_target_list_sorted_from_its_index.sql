-- A region's key targets (/children?keyTarget=true) sorted by name, birth date or last visit, read from their own
-- index. V41's index held only the village and id, so for a county PostgreSQL walked the whole installation's name,
-- birth or visit order to find fifty of the county's key targets (14.0, 16.7 and 34.6-49.9 ms on the province set's
-- county of 6,139; a town's visit order read them from the heap and sorted, 2.6 ms). With the sort columns carried
-- along, the county's key targets are read from this index alone and sorted: 1.8-3.1 ms, a town's 0.4-0.5 ms
-- (docs/performance.md, twenty-second session). The same keys as V41's, so the list's count and its newest-first
-- order read it as before.
create index child_active_key_target_sorts_idx on child (village_code, id)
    include (pinyin_full, birth_date, last_visit_date) where status = 'ACTIVE' and key_target;
drop index child_active_key_target_idx;
