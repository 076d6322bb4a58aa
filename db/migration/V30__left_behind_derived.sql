-- Issue 2/6: 留守儿童 is derived from the facts, as the plan defines it (docs/glossary.md), never ticked: a rural
-- household registration (or none at all), and both parents working away or one away and the other unable to care.
-- The registration type is new: every registered child of the registry so far came from a rural programme's rosters,
-- so it is recorded as rural. Every child is then re-derived; each one whose 留守 changes gets a history entry saying
-- so, and the number is logged (and can be counted again: docs/operations.md, "Upgrading to V30").
alter table child add column hukou_type varchar(8) check (hukou_type in ('RURAL', 'URBAN'));
update child set hukou_type = 'RURAL' where has_hukou;

create temporary table left_behind_rederived on commit drop as
select id, left_behind as before,
       (not has_hukou or hukou_type = 'RURAL')
       and ((father_status = 'WORKING_AWAY' and mother_status = 'WORKING_AWAY')
            or (father_status = 'WORKING_AWAY' and mother_status in ('INCAPABLE', 'IN_PRISON', 'DECEASED', 'MISSING'))
            or (mother_status = 'WORKING_AWAY' and father_status in ('INCAPABLE', 'IN_PRISON', 'DECEASED', 'MISSING')))
           as after,
       nextval('record_change_seq') as change_id
from child
where left_behind is distinct from
      ((not has_hukou or hukou_type = 'RURAL')
       and ((father_status = 'WORKING_AWAY' and mother_status = 'WORKING_AWAY')
            or (father_status = 'WORKING_AWAY' and mother_status in ('INCAPABLE', 'IN_PRISON', 'DECEASED', 'MISSING'))
            or (mother_status = 'WORKING_AWAY' and father_status in ('INCAPABLE', 'IN_PRISON', 'DECEASED', 'MISSING'))));

-- A change id is a value of the sequence itself: the application's pooled ids are drawn around the values it takes,
-- so one taken here is never handed out again.
insert into record_change (id, person_type, person_id, changed_at, actor, action, summary)
select change_id, 'CHILD', id, now(), 'system', 'UPDATED', '留守儿童按方案认定条件重新认定（升级 V30）'
from left_behind_rederived;

insert into record_change_field (change_id, position, field, before, after)
select change_id, 0, 'leftBehind', coalesce(before::text, ''), after::text
from left_behind_rederived;

update child c set left_behind = d.after from left_behind_rederived d where c.id = d.id;

do $$
declare
    changed integer;
begin
    select count(*) into changed from left_behind_rederived;
    raise notice 'V30: 留守 re-derived, % children changed (history entries written)', changed;
end $$;
