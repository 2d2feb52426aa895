-- a user that may only read the test's schema
CREATE USER ${user} PASSWORD '${password}'
/
GRANT SELECT ON SCHEMA PUBLIC TO ${user}
