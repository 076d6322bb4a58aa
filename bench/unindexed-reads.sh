#!/usr/bin/env bash
# The statements an instance has run (pg_stat_statements) whose plan still reads a table whole when PostgreSQL is
# told to avoid that (enable_seqscan off, each statement's generic plan): a sequential scan, or an index walked end to
# end. No index serves their filter, so they grow with the table, not with what they find. PostgreSQL reads a small
# table whole by choice, so the demo's few accounts or import batches hide such a read; this finds it whatever the
# table's size (the import history's JPQL `like` was one). Some are meant: a configuration table of a few rows, a
# whole list an administrator asked for. A generic plan knows no values: where the plan with its values may choose
# another index (the roster lists' flag filters), `explain analyze` the statement with real ones. Run a survey first
# (bench/page-survey.sh) on an instance started with --registry.embedded-db.preload=pg_stat_statements; prints one
# line per statement and table, asserts nothing.
# Usage: bench/unindexed-reads.sh PORT      Needs psql (Debian: postgresql-client).
set -euo pipefail
source "$(dirname "$0")/http-common.sh"

master=$(pg_master "$1")
pg_port=$(ps -o args= -p "$master" | sed -E 's/.* -p ([0-9]+).*/\1/')
psql -q -h localhost -p "$pg_port" -U postgres -d postgres <<'SQL'
set enable_seqscan = off;
create temp table whole_read (calls bigint, mean_ms numeric, read_whole text, query text);
-- A node reads its table whole when it is a sequential scan, or an index scan with no Index Cond under it (the index
-- walked end to end for its order, or in place of the scan PostgreSQL was told to avoid).
do $$
declare r record; line record; node text; m text[]; whole text[]; has_cond boolean;
begin
  for r in select calls, round(mean_exec_time::numeric, 2) m, query from pg_stat_statements
           where query ~* '^\s*(select|with|update|delete)' and query !~* '(pg_catalog|pg_stat|whole_read)' loop
    whole := '{}'; node := null;
    begin
      for line in execute 'explain (generic_plan, costs off) ' || r.query loop
        m := regexp_match(line."QUERY PLAN", '(Seq Scan on|Index (Only )?Scan (Backward )?using \w+ on) (\w+)');
        if m is not null or line."QUERY PLAN" ~ '->' then -- a node begins: the one before it is complete
          if node is not null and not has_cond then whole := whole || node; end if;
          node := null; has_cond := false;
          if m is not null and m[1] = 'Seq Scan on' then whole := whole || m[4];
          elsif m is not null then node := m[4];
          end if;
        elsif line."QUERY PLAN" ~ 'Index Cond' then
          has_cond := true;
        end if;
      end loop;
      if node is not null and not has_cond then whole := whole || node; end if;
    exception when others then whole := array['(not explained: ' || sqlerrm || ')']; -- a parameter it cannot type
    end;
    insert into whole_read select distinct r.calls, r.m, t, r.query from unnest(whole) t;
  end loop;
end $$;
\pset footer off
select calls, mean_ms, read_whole, left(regexp_replace(query, '\s+', ' ', 'g'), 160) as statement
  from whole_read order by read_whole, calls desc;
SQL
