#!/usr/bin/env bash
# Back up the registry's database to one encrypted file (pg_dump custom format, then GnuPG).
#
#   PGHOST=… PGPORT=5432 PGUSER=registry_owner PGPASSWORD=… PGDATABASE=registry \
#   REGISTRY_BACKUP_GPG_RECIPIENT=backup@county.example db/backup.sh [file]
#
# The dump holds every child's identity number: it is never written in clear. Encrypted to the public key of
# REGISTRY_BACKUP_GPG_RECIPIENT (in the invoking user's keyring; the private key is kept off the backup host), or,
# failing that, with the passphrase in the file REGISTRY_BACKUP_PASSPHRASE_FILE (AES-256). Without either the backup
# is refused. Files are created readable by their owner only (umask 077). The connection comes from the usual libpq
# variables. pg_dump must have the server's major version; REGISTRY_PG_BIN names the directory of the matching client
# programs (e.g. /usr/lib/postgresql/17/bin). See docs/operations.md, "Backup and restore".
set -euo pipefail
umask 077

bin=${REGISTRY_PG_BIN:+$REGISTRY_PG_BIN/}
out=${1:-registry-$(date +%Y%m%d-%H%M%S).dump.gpg}

if [ -n "${REGISTRY_BACKUP_GPG_RECIPIENT:-}" ]; then
  encrypt=(gpg --batch --yes --trust-model always --recipient "$REGISTRY_BACKUP_GPG_RECIPIENT" --encrypt)
  how="for $REGISTRY_BACKUP_GPG_RECIPIENT"
elif [ -n "${REGISTRY_BACKUP_PASSPHRASE_FILE:-}" ]; then
  if [ ! -r "$REGISTRY_BACKUP_PASSPHRASE_FILE" ]; then
    echo "backup: cannot read the passphrase file $REGISTRY_BACKUP_PASSPHRASE_FILE" >&2
    exit 2
  fi
  encrypt=(gpg --batch --yes --pinentry-mode loopback --passphrase-file "$REGISTRY_BACKUP_PASSPHRASE_FILE"
           --symmetric --cipher-algo AES256)
  how="with the passphrase of $REGISTRY_BACKUP_PASSPHRASE_FILE"
else
  echo "backup: a backup holds children's identity numbers and is always encrypted: set REGISTRY_BACKUP_GPG_RECIPIENT" \
       "(a public key) or REGISTRY_BACKUP_PASSPHRASE_FILE" >&2
  exit 2
fi

client_major=$("${bin}pg_dump" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')
server_major=$(( $("${bin}psql" -XAtc 'show server_version_num') / 10000 ))
if [ "$client_major" != "$server_major" ]; then
  echo "backup: pg_dump is version $client_major, the server $server_major; set REGISTRY_PG_BIN to the matching client" >&2
  exit 2
fi

# The clear dump never touches the disk: pg_dump writes into gpg, and a file that exists is a whole backup.
"${bin}pg_dump" --format=custom --no-owner --no-privileges | "${encrypt[@]}" --output "$out.partial"
mv "$out.partial" "$out"

people=$("${bin}psql" -XAtc "select (select count(*) from child) || ' children, ' || (select count(*) from elder) || ' elders'")
echo "backup: $out ($(du -h "$out" | cut -f1), encrypted $how, PostgreSQL $server_major, $people)"
