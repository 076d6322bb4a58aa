-- Issue 2/6: imports tell errors (a wrong value: the row is refused) from gaps (a missing value: the row goes in,
-- marked 资料待补充), and the clerk may import the valid rows of a roster that has errors (docs/imports.md).
alter table child add column incomplete boolean not null default false;
alter table elder add column incomplete boolean not null default false;
create index child_incomplete_idx on child (village_code) where incomplete and status = 'ACTIVE';
create index elder_incomplete_idx on elder (village_code) where incomplete and status = 'ACTIVE';

alter table import_batch
    add column rows_with_gaps integer not null default 0,
    add column file_problem   boolean not null default false,
    add column import_mode    varchar(12) check (import_mode in ('WHOLE', 'VALID_ROWS'));
