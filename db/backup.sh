#!/usr/bin/env bash
# Back up the registry's database to one file (pg_dump custom format: compressed, restorable table by table).
#
#   PGHOST=… PGPORT=5432 PGUSER=registry PGPASSWORD=… PGDATABASE=registry db/backup.sh [file]
#
# The connection comes from the usual libpq variables. pg_dump must have the server's major version (a newer
# or older one refuses or writes a dump the server's pg_restore may not read); REGISTRY_PG_BIN names the
# directory of the matching client programs (e.g. /usr/lib/postgresql/17/bin). The docker-compose database
# container has them: see docs/operations.md, "Backup and restore".
set -euo pipefail

bin=${REGISTRY_PG_BIN:+$REGISTRY_PG_BIN/}
out=${1:-registry-$(date +%Y%m%d-%H%M%S).dump}

client_major=$("${bin}pg_dump" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')
server_major=$(( $("${bin}psql" -XAtc 'show server_version_num') / 10000 ))
if [ "$client_major" != "$server_major" ]; then
  echo "backup: pg_dump is version $client_major, the server $server_major; set REGISTRY_PG_BIN to the matching client" >&2
  exit 2
fi

"${bin}pg_dump" --format=custom --no-owner --no-privileges --file="$out.partial"
mv "$out.partial" "$out"   # a file that exists is a whole dump

people=$("${bin}psql" -XAtc "select (select count(*) from child) || ' children, ' || (select count(*) from elder) || ' elders'")
echo "backup: $out ($(du -h "$out" | cut -f1), PostgreSQL $server_major, $people)"
