-- Creates the roles and the database of a production installation on an existing PostgreSQL 17 server.
-- Run once, as a superuser, with the two passwords:
--
--   psql -v owner_password='…' -v app_password='…' -f db/create-database.sql
--
-- Two roles, so that the application cannot change what protects the data (round 2, issue 1/6):
--   registry_owner  owns the schema. Flyway runs the migrations as it (SPRING_FLYWAY_USER / _PASSWORD); nothing else
--                   logs in as it.
--   registry_app    the application's own connections (SPRING_DATASOURCE_USERNAME / _PASSWORD): it reads and writes
--                   rows, and can neither create, alter nor drop a table, nor disable a trigger — so it cannot switch
--                   off the trigger that keeps the audit trail append-only.
-- The names can be changed with -v owner=… -v app=… -v database=… (the drill of the test suite does).
\set ON_ERROR_STOP on
\if :{?owner}
\else
\set owner registry_owner
\endif
\if :{?app}
\else
\set app registry_app
\endif
\if :{?database}
\else
\set database registry
\endif

create role :"owner" login password :'owner_password';
create role :"app" login password :'app_password';
create database :"database" owner :"owner" encoding 'UTF8' template template0;
\connect :"database"
-- Name search uses trigrams; the extension needs a superuser to install.
create extension if not exists pg_trgm;
-- The schema is the owner's; no one else creates anything in it.
alter schema public owner to :"owner";
revoke create on schema public from public;
grant usage on schema public to :"app";
-- What the owner creates (every migration), the application may read and write — rows only.
alter default privileges for role :"owner" in schema public grant select, insert, update, delete on tables to :"app";
alter default privileges for role :"owner" in schema public grant usage, select on sequences to :"app";
alter default privileges for role :"owner" in schema public grant execute on functions to :"app";
