-- a schema per test in the one database (container or external); the URL names it as currentSchema
CREATE SCHEMA ${name}
