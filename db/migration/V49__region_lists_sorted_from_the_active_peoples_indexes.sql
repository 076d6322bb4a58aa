-- A region's roster list by name or birth date (/children and /elderly, sort=NAME or BIRTH) read from the index of its
-- active people alone, as the key targets' are since V46: that index held only the village, the id and the name, so a
-- town's list read each of its active people from the table to sort them, and a county's walked the whole
-- installation's order of names or births. On the province set (docs/performance.md, twenty-third session): a town's
-- children by name 2.4 -> 0.8 ms, by birth 3.4 -> 0.8 ms; a county's elders by birth 2.4 ms from here. Each index keeps
-- its keys and its columns, so what it served it serves.
drop index child_active_village_order_idx;
create index child_active_village_order_idx on child (village_code, id)
    include (name, pinyin_full, birth_date, last_visit_date) where status = 'ACTIVE';
drop index elder_active_village_order_idx;
create index elder_active_village_order_idx on elder (village_code, id)
    include (name, last_visit_date, pinyin_full, birth_date) where status = 'ACTIVE';
