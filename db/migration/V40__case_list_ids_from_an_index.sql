-- Decision 036: the case list (全部案件, /cases) reads the ids of a region's cases, newest first, from this index
-- alone, then the 200 shown by id. Without an index of all of a region's cases (open or closed) the county office's
-- list read every case of the province (a parallel scan of 607,218 rows on the province set, 115-160 ms); with it,
-- the county's 6,895 entries (4 ms). Its included columns are the list's filters (type, open, overdue) and order.
create index case_file_region_list_idx on case_file (region_code) include (opened_at, id, case_type, closed, due_at);
