-- a login role that may only read the test's schema (run connected to the test's database)
CREATE ROLE ${user} LOGIN PASSWORD '${password}'
/
GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${user}
/
-- PostgreSQL before 15 lets every role create in public
REVOKE CREATE ON SCHEMA public FROM PUBLIC
