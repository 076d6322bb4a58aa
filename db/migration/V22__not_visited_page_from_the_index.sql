-- The page of a town's children not visited for N days (issue 7/7): V19's index served its count from the index
-- alone, but the page itself needs each child's id, so it read the table for every match (1,077 of 龙山's, 1,240
-- pages, 2.3 ms warm). With the id in the index the page is read from it too (0.5 ms; the county office's page
-- 4.0 → 2.3 ms; docs/performance.md, tenth session).
drop index child_active_visit_idx;
create index child_active_visit_idx on child (village_code, last_visit_date) include (id) where status = 'ACTIVE';
