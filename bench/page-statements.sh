#!/usr/bin/env bash
# The statements PostgreSQL runs for one request of each page, and the time it spends on them: a count that grows
# with what a page lists is a read per row (the training page read each session's attendees apart: 201 statements
# for 200 sessions). On a running instance of the runnable jar with its embedded PostgreSQL (the demo), warm; prints
# figures, asserts nothing. Logs every statement while it runs (ALTER SYSTEM, undone at the end).
# Usage: bench/page-statements.sh PORT USER PATH...   e.g. bench/page-statements.sh 8080 county / /inbox /training
# Needs curl and psql (Debian: postgresql-client).
set -euo pipefail
source "$(dirname "$0")/http-common.sh"

port=$1 user=$2; shift 2
master=$(pg_master "$port")
read -r data pg_port < <(ps -o args= -p "$master" | sed -E 's/.* -D ([^ ]+).* -p ([0-9]+).*/\1 \2/')
log="$data.log" # EmbeddedDatabaseConfiguration: data/postgres logs to data/postgres.log
sql() { psql -q -h localhost -p "$pg_port" -U postgres -d postgres -c "$1" -c "select pg_reload_conf()" >/dev/null; }
cookie=$(login "$port" "$user")
sql "alter system set log_min_duration_statement = 0"
trap 'sql "alter system reset log_min_duration_statement"' EXIT
sleep 0.5
printf '%-50s %6s %10s %10s %9s\n' page status statements "pg ms" bytes
for path in "$@"; do
    curl -s -o /dev/null -b "$cookie" "http://localhost:$port$path" # warm
    sleep 0.3
    before=$(wc -l < "$log")
    shown=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' -b "$cookie" "http://localhost:$port$path")
    sleep 0.5 # the log is written as the statements end
    # A statement sent as parse, bind and execute is logged three times: counted once, its three times summed.
    tail -n +"$((before + 1))" "$log" | grep -o 'duration: [0-9.]* ms  [a-z]*' | awk -v p="$path" -v s="$shown" '
        { ms += $2 } $4 != "parse" && $4 != "bind" { n++ }
        END { split(s, f, " "); printf "%-50s %6s %10d %10.1f %9d\n", p, f[1], n, ms, f[2] }'
done
