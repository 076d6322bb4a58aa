-- Province scale (issue 7/7, docs/performance.md): each index below serves one query that, without it, read a
-- whole table or a whole town's worth of rows.

-- A town clerk's inbox badge, on every page: the cases owned by the town's own line at a stage waiting on the
-- owner. It was answered by reading every open case of the town (86,000 in the province set, 116 ms per page);
-- with this index, by the few that match (0.1 ms).
create index case_file_open_line_stage_region_idx on case_file (owner_department_type, stage, region_code)
    where not closed;

-- Attachment 3's totals: the active left-behind children of a region with the flags it counts, read from the
-- index alone (index-only scan) instead of the whole child table (county: 614 -> 116 ms).
create index child_left_behind_active_idx on child (village_code)
    include (flag_unattended, flag_one_away_incapable, flag_dropout, flag_no_hukou, flag_serious_illness,
             flag_disabled)
    where status = 'ACTIVE' and left_behind;

-- Attachment 3's events: the quarter's log entries of the counted steps, and the mandatory reports' openings.
create index case_action_step_at_idx on case_action (step, at) include (case_id);
create index case_file_report_region_idx on case_file (region_code) where case_type = 'MANDATORY_REPORT';
