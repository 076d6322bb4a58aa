-- An inbox read arm by arm (issue 7/7, CaseService#inbox): each alternative of "in my scope and waiting on me"
-- walks an index of its own in due-date order, where the disjunction walked case_file_open_due_idx past every
-- other line's cases. On the province set (463,000 open cases) the county office's inbox went from 93 ms to
-- about 1 ms, the county police's arms from 7-86 ms to under 1 ms.
-- A unit's own cases, in due order; it also serves "no owner yet" and the unit's badge, so it replaces V7's
-- (owner, stage) index, whose stage column no query narrows on alone.
create index case_file_open_owner_due_idx on case_file (owner_organisation_id, due_at, id) where not closed;
drop index case_file_owner_idx;
-- A line's cases (civil affairs for the county office, a county department's stations), in due order.
create index case_file_open_line_due_idx on case_file (owner_department_type, due_at, id) where not closed;
-- The few cases referred to other lines: without it, a 派出所's badge ("mine, or referred to my line here")
-- read every open case when it had fewer than the badge's cap (485 ms cold, 1.6 ms with it).
create index case_file_open_referred_idx on case_file (region_code) where not closed and referred_lines is not null;
