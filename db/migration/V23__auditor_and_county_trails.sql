-- Least privilege (round 2, issue 1/6). Reading the audit trail becomes a duty of its own, apart from administering
-- accounts (三权分立): an AUDITOR reads the trail of its county (or of every county below a province-level scope)
-- and nothing personal; the administrator no longer reads the trail of its own actions. Each row now belongs to the
-- county of the account that caused it, so that a county office reads only its own county's trail.

alter table account drop constraint account_role_check;
alter table account add constraint account_role_check
    check (role in ('ADMIN', 'COUNTY', 'TOWN', 'VILLAGE', 'DEPARTMENT', 'REPORTER', 'INSPECTOR', 'AUDITOR'));
alter table account drop constraint account_scope_check;
alter table account add constraint account_scope_check check (
    (role in ('DEPARTMENT', 'REPORTER') and scope_organisation_id is not null and scope_region_code is null)
    or (role in ('COUNTY', 'TOWN', 'VILLAGE', 'INSPECTOR', 'AUDITOR') and scope_region_code is not null
        and scope_organisation_id is null)
    or (role = 'ADMIN' and scope_organisation_id is null));

-- The county whose trail a row belongs to: the actor's county, or the actor's own region when its scope lies
-- above a county (a province-level auditor); null for the installation (scheduled jobs, unknown usernames).
alter table audit_event add column county_code varchar(12);
create index audit_event_county_idx on audit_event (county_code, occurred_at desc);

-- Rows written before this version are given the county of their account's scope as it is now. The table is
-- append-only; the migration, run by the schema's owner, is the one writer allowed to fill in a new column.
alter table audit_event disable trigger audit_event_no_update_delete;
update audit_event e set county_code = (
    select case when right(r.code, 6) = '000000' then r.code else left(r.code, 6) || '000000' end
    from account a
    join region r on r.code = coalesce(a.scope_region_code,
        (select o.region_code from organisation o where o.id = a.scope_organisation_id))
    where a.id = e.actor_account_id)
where e.actor_account_id is not null;
alter table audit_event enable trigger audit_event_no_update_delete;
