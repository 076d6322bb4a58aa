-- For an installation created before the two roles of db/create-database.sql (one role owned everything): gives the
-- schema to a new owner role and the rows to the application's role. Run once, as a superuser, in the database:
--
--   psql -d registry -v old=registry -v owner_password='…' -v app_password='…' -f db/grant-application-role.sql
--
-- then set SPRING_FLYWAY_USER=registry_owner and SPRING_DATASOURCE_USERNAME=registry_app (docs/operations.md).
\set ON_ERROR_STOP on
create role registry_owner login password :'owner_password';
create role registry_app login password :'app_password';
reassign owned by :"old" to registry_owner;
alter schema public owner to registry_owner;
revoke create on schema public from public;
grant usage on schema public to registry_app;
grant select, insert, update, delete on all tables in schema public to registry_app;
grant usage, select on all sequences in schema public to registry_app;
grant execute on all functions in schema public to registry_app;
-- The old role owns nothing now; it no longer logs in.
alter role :"old" nologin;
alter default privileges for role registry_owner in schema public grant select, insert, update, delete on tables to registry_app;
alter default privileges for role registry_owner in schema public grant usage, select on sequences to registry_app;
alter default privileges for role registry_owner in schema public grant execute on functions to registry_app;
