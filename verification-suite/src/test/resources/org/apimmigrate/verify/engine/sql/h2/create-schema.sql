-- a schema per test in the one database of an external H2; the URL names it as SCHEMA
CREATE SCHEMA ${name}
