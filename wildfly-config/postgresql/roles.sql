-- The platform's two database roles, and the database handed to them. Idempotent: run it as a superuser, connected
-- to the platform's database, whenever the database is made or the roles may be missing (bin/demo does on every
-- start, the integration tests on their fresh database):
--
--   psql -v ON_ERROR_STOP=1 -d lgsp -v owner=lgsp_owner -v app=lgsp_app \
--        -v owner_password=… -v app_password=… -f wildfly-config/postgresql/roles.sql
--
-- owner (LgspMigrationDS): owns the database, its public schema and every object in it; runs the Flyway migrations
--   and grants app its rights at every start (schema.AppPrivileges).
-- app (LgspDS): what the running platform connects as. It owns nothing but the schema jgroups (cluster discovery,
--   created by JGroups before any migration runs); in public it reads and writes through the rights the owner
--   grants — never UPDATE, DELETE or TRUNCATE of the exchange log or the audit, never DDL.
-- Neither is a superuser. Roles are shared by every database of the PostgreSQL server; the rights are per database.

SELECT set_config('lgsp.owner', :'owner', false) AS owner_set, set_config('lgsp.app', :'app', false) AS app_set \gset
DO $$
BEGIN
    IF current_setting('lgsp.owner') = current_setting('lgsp.app') THEN
        RAISE EXCEPTION 'owner and app must be two roles';
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname IN (current_setting('lgsp.owner'), current_setting('lgsp.app'))
               AND rolsuper) THEN
        RAISE EXCEPTION 'owner and app must not be superusers: give the platform roles of its own';
    END IF;
END
$$;

SELECT format('CREATE ROLE %I LOGIN', :'owner') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN', :'app') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app') \gexec
SELECT format('ALTER ROLE %I NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'owner', :'owner_password') \gexec
SELECT format('ALTER ROLE %I NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'app', :'app_password') \gexec

SELECT format('ALTER DATABASE %I OWNER TO %I', current_database(), :'owner') \gexec
SELECT format('REVOKE CREATE, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database()) \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), :'app') \gexec
SELECT format('REVOKE CREATE ON DATABASE %I FROM %I', current_database(), :'app') \gexec
SELECT format('ALTER SCHEMA public OWNER TO %I', :'owner') \gexec
SELECT format('CREATE SCHEMA IF NOT EXISTS jgroups AUTHORIZATION %I', :'app') \gexec
SELECT format('ALTER SCHEMA jgroups OWNER TO %I', :'app') \gexec
SELECT format('ALTER TABLE jgroups.ping OWNER TO %I', :'app') WHERE to_regclass('jgroups.ping') IS NOT NULL \gexec

-- A database migrated before the roles were separated holds objects of another role (e.g. postgres): hand them to
-- the owner, so that its migrations can change them. Objects of extensions stay with the extension.
DO $$
DECLARE
    owner text := current_setting('lgsp.owner');
    o record;
BEGIN
    FOR o IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relispartition = false
               AND pg_get_userbyid(c.relowner) <> owner
               AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                               AND (d.deptype = 'e' OR c.relkind = 'S' AND d.deptype IN ('a', 'i')))
    LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO %I', o.name, owner);
    END LOOP;
    FOR o IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relispartition AND c.relkind IN ('r', 'p')
               AND pg_get_userbyid(c.relowner) <> owner
    LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO %I', o.name, owner);
    END LOOP;
    FOR o IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> owner
               AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                               AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO %I', o.name, owner);
    END LOOP;
END
$$;
