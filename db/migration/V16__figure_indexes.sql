-- Counts read from indexes alone (index-only scans) at province scale (issue 7/7, docs/performance.md). Figures
-- measured on a town of 186,000 children, 93,000 elders and 86,000 open cases.

-- The active children of a region with every flag a figure counts: the home page's people and key targets per
-- area (242 -> 35 ms, 209 -> 42 ms), a list's capped count (key targets of a town 121 -> 9 ms) and attachment 3's
-- totals (which V15's left-behind index served alone; this one serves them all).
create index child_active_figures_idx on child (village_code)
    include (left_behind, key_target, flag_unattended, flag_one_away_incapable, flag_dropout, flag_no_hukou,
             flag_hardship, flag_serious_illness, flag_disabled)
    where status = 'ACTIVE';
drop index child_left_behind_active_idx;

-- The active elders of a region (home page, attachment 6's length): 134 -> 12 ms.
create index elder_active_village_idx on elder (village_code) where status = 'ACTIVE';

-- Open cases of a region by type and due date (home page): 74 -> 25 ms. It serves whatever the plain region
-- index on open cases served.
create index case_file_open_region_figures_idx on case_file (region_code) include (case_type, due_at)
    where not closed;
drop index case_file_region_idx;
