-- a plain login role that owns the test's database: what a DBA gives the API Manager, no superuser
CREATE ROLE ${user} LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEDB NOCREATEROLE
/
ALTER DATABASE ${database} OWNER TO ${user}
/
GRANT CREATE, USAGE ON SCHEMA public TO ${user}
