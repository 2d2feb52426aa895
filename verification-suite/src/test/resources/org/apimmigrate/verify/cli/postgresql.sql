-- The embedded PostgreSQL trusts local connections: the superuser serves, and a password given is sent but not
-- checked. (A user of its own would not own the 3.2.0 tables, which preflight reports as a missing privilege.)
-- [create-user]
-- [create-reader]
-- An auditor who may only read: log in, see the schema, SELECT every table.
CREATE ROLE ${user} LOGIN
--;
GRANT CONNECT ON DATABASE ${database} TO ${user}
-- [grant-reader]
-- Run in the database itself.
GRANT USAGE ON SCHEMA public TO ${user}
--;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${user}
