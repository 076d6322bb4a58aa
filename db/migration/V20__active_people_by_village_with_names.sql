-- A scope's active people in id order, with their names, from the index alone (issue 7/7, docs/performance.md,
-- sixth session). Measured on the province set (1,000,000 children in 88 counties):
-- * a town's newest children (the list's default order): the planner walked the primary key backwards past
--   every other town's children, 4-7 ms; from this index and a sort of the town's 1,900 ids, 0.7 ms;
-- * one character of a name in a county or town (王, 李; NameGrams.lookedUpInIndex): the county's elders with 王
--   cost 10 ms and the count as much, reading 35,000 province-wide entries of the name_grams index; comparing the
--   names held here, 1.4 ms for the county and 0.2 ms for a town.
create index child_active_village_order_idx on child (village_code, id) include (name) where status = 'ACTIVE';

-- The elders' one serves what elder_active_village_idx (V16) served, the active elders of a region for the home
-- page and attachment 6, from a slightly larger index.
create index elder_active_village_order_idx on elder (village_code, id) include (name) where status = 'ACTIVE';
drop index elder_active_village_idx;
