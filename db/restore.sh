#!/usr/bin/env bash
# Restore a backup written by db/backup.sh into a new, empty database (never over a live one).
#
#   PGHOST=… PGPORT=5432 PGUSER=postgres PGPASSWORD=… db/restore.sh registry-20261123-0300.dump.gpg registry_restored
#
# The backup is decrypted with the private key of the user's keyring, or with the passphrase in the file
# REGISTRY_BACKUP_PASSPHRASE_FILE; the clear dump lives only in a file readable by its owner (umask 077) for as long
# as the restore runs.
# The target database is created when it does not exist and refused when it has tables. The restore is one
# transaction: it is complete or nothing is there. Point the application at the restored database (or rename
# it) once its figures are checked. REGISTRY_PG_BIN names the directory of client programs of the server's
# major version.
set -euo pipefail
umask 077

if [ $# -ne 2 ]; then
  echo "usage: db/restore.sh DUMP_FILE TARGET_DATABASE" >&2
  exit 2
fi
dump=$1
target=$2
bin=${REGISTRY_PG_BIN:+$REGISTRY_PG_BIN/}

client_major=$("${bin}pg_restore" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')
server_major=$(( $("${bin}psql" -XAtd postgres -c 'show server_version_num') / 10000 ))
if [ "$client_major" != "$server_major" ]; then
  echo "restore: pg_restore is version $client_major, the server $server_major; set REGISTRY_PG_BIN to the matching client" >&2
  exit 2
fi

if [ -z "$("${bin}psql" -XAtd postgres -c "select 1 from pg_database where datname = '$target'")" ]; then
  "${bin}createdb" "$target"
fi
tables=$("${bin}psql" -XAtd "$target" -c "select count(*) from information_schema.tables where table_schema = 'public'")
if [ "$tables" != "0" ]; then
  echo "restore: database $target already has $tables tables; restore into a new database" >&2
  exit 2
fi

clear=$(mktemp)
trap 'rm -f "$clear"' EXIT
if [ -n "${REGISTRY_BACKUP_PASSPHRASE_FILE:-}" ]; then
  gpg --batch --yes --quiet --pinentry-mode loopback --passphrase-file "$REGISTRY_BACKUP_PASSPHRASE_FILE" \
      --output "$clear" --decrypt "$dump"
else
  gpg --batch --yes --quiet --output "$clear" --decrypt "$dump"
fi
"${bin}pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$target" "$clear"
people=$("${bin}psql" -XAtd "$target" -c "select (select count(*) from child) || ' children, ' || (select count(*) from elder) || ' elders'")
echo "restore: $dump into $target ($people)"
