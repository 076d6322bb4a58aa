-- Issue 2/6: the county approves a town's report only after 教育 and 公安 have verified their columns, or records that
-- it confirms a line on a department's behalf (代为确认), with the reason, when the department does not answer.
alter table quarterly_verification add column on_behalf boolean not null default false;
