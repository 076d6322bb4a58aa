-- Issue 2/6: a report counts the case events of its own period [period_from, period_to), which runs from the cut-off
-- of the town's last approved report to the start of the day the report is generated (docs/reports.md, 统计期).
-- Reports written before this migration counted the events of the calendar quarter that had been recorded when they
-- were submitted: their period ends at submission or at the quarter's end, whichever came first, so the next report
-- picks up what they could not see (a report submitted before its quarter began counted nothing: its period is empty).
-- Quarters are read in China Standard Time, the installations' zone.
alter table quarterly_report add column period_from timestamptz, add column period_to timestamptz;

update quarterly_report r
set period_from = q.first_day at time zone 'Asia/Shanghai',
    period_to = greatest(q.first_day at time zone 'Asia/Shanghai',
                         least(r.submitted_at, (q.first_day + interval '3 months') at time zone 'Asia/Shanghai'))
from (select id,
             make_date(substr(quarter, 1, 4)::int, (substr(quarter, 7, 1)::int - 1) * 3 + 1, 1)::timestamp as first_day
      from quarterly_report) q
where q.id = r.id;

alter table quarterly_report alter column period_from set not null, alter column period_to set not null,
    add constraint quarterly_report_period check (period_to >= period_from);
