-- Issue 4/6: elders' cases on the same workflow machinery (docs/casework.md, "Elders' cases"): 兜底保障 referrals,
-- 老年人受侵害 routed to the police like a mandatory report, and 健康体检 by 卫计 (children may have one too).
alter table case_file add column elder_id bigint references elder (id);
alter table case_file add constraint case_file_one_subject_check check (child_id is null or elder_id is null);
create unique index case_file_one_open_elder_idx on case_file (elder_id, case_type) where not closed and elder_id is not null;
create index case_file_elder_idx on case_file (elder_id) where elder_id is not null;

alter table case_file drop constraint case_file_case_type_check;
alter table case_file add constraint case_file_case_type_check check (case_type in ('GUARDIANSHIP', 'DELEGATION',
    'TEMPORARY_CARE', 'MANDATORY_REPORT', 'DROPOUT', 'HUKOU', 'SAFETY_NET', 'ELDER_ABUSE', 'HEALTH_CHECK'));

-- The installation's default routes of the new types (a county changes them at 案件分派 like the others).
insert into case_route (case_type, department_type, town_unit_first, time_limit_days, lead_unit, responsible_units, basis) values
('ELDER_ABUSE',  'POLICE', true,  3,  '县公安局（派出所）', '各镇（街道）、县民政局、县老龄委、县妇联', '五（一）4'),
('HEALTH_CHECK', 'HEALTH', false, 30, '县卫计局', '各镇（街道）、村（社区）', '五（一）4');
