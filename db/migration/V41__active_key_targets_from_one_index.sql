-- The list of a region's key targets (重点对象, `/children?keyTarget=true`), counted and paged from one index
-- (docs/performance.md, eighteenth session of round 2's 6/6). V2's index held the exited key targets too, so the
-- list's count read the county office's 11,331 active children from V16's figures index and kept the 6,139 key
-- targets, and its page walked the primary key backwards past the other counties' children: 6.3 ms for the county
-- office, 1.8 ms for a town, on the province set. With only the active key targets, both are read from this index
-- alone: 3.1-3.6 ms and 0.9 ms. Every query that asks for key targets asks for the active ones (the list, the
-- dashboard's counts per area, the unpaired key targets, the cases opened for earlier key targets); a list of exited
-- key targets is read from child_village_idx instead.
create index child_active_key_target_idx on child (village_code, id) where status = 'ACTIVE' and key_target;
drop index child_key_target_idx;
