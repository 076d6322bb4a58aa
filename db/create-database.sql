-- Creates the role and database of a production installation on an existing PostgreSQL 17 server.
-- Run as a superuser:  psql -v app_password="'...'" -f db/create-database.sql
-- Flyway creates the schema at the application's first start (db/migration).
create role registry login password :app_password;
create database registry owner registry encoding 'UTF8' template template0;
\connect registry
-- Name search (later) uses trigrams; the extension needs a superuser to install.
create extension if not exists pg_trgm;
