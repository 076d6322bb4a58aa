-- The care figures' people under 包保 and overdue (/care/figures, the quarterly workbook) read from the indexes of the
-- active people alone. Their query joins a region's 包保 to its active children and elders and needs of each person
-- only the id, village, last visit and (a child's) key target: the children's visit index lacked the key target and
-- the elders' village index the last visit, so it read every active person of the region from the table (a county
-- of the province set: 11,331 children and 5,743 elders; the query 67-73 ms, 27 ms from these indexes:
-- docs/performance.md, twenty-second session). Each index keeps its keys, so what it served it serves.
drop index child_active_visit_idx;
create index child_active_visit_idx on child (village_code, last_visit_date) include (id, key_target)
    where status = 'ACTIVE';
drop index elder_active_village_order_idx;
create index elder_active_village_order_idx on elder (village_code, id) include (name, last_visit_date)
    where status = 'ACTIVE';
