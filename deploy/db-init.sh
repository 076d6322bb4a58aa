#!/usr/bin/env bash
# docker-compose's database, on its first start only (docker-entrypoint-initdb.d): the two roles and the database of
# db/create-database.sql, with the passwords of .env.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v owner_password="$DB_OWNER_PASSWORD" -v app_password="$DB_APP_PASSWORD" -f /registry/create-database.sql
