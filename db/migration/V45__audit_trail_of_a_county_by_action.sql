-- The county office's audit trail, newest first, whatever it is searched by (who, what, the outcome). The county's rows were read by the
-- range of its codes, which gives them in no time order: a search by action (导出, 查看完整证件号码 …) read every row of
-- the county in the dates asked to keep the fifty newest of that action, and the page's total ("共 N 条", counted up
-- to the 10,050 rows its pages reach) sorted them all again (13.9 and 18.3 ms on the province set's county of 26,000
-- rows, growing with every day of the trail: docs/performance.md, twenty-second session). The county's rows are now
-- read by its code (TrailScope#county).
-- One action's rows of a county, newest first.
create index audit_event_county_action_idx on audit_event (county_code, action, occurred_at desc, id desc);
-- A county's rows newest first with the page's own tie-break, so that the capped total is read from the index alone
-- (12.7 -> 3.4 ms on that county). It takes the place of audit_event_county_idx (county_code, occurred_at desc).
create index audit_event_county_time_idx on audit_event (county_code, occurred_at desc, id desc);
drop index audit_event_county_idx;
-- A county's unsuccessful rows (失败, 拒绝: a wrong password, a person of another town asked for), newest first: a
-- search by outcome reads them, not the county's successes. Partial, since they are few.
create index audit_event_county_unsuccessful_idx on audit_event (county_code, occurred_at desc, id desc)
    where outcome <> 'SUCCESS';
