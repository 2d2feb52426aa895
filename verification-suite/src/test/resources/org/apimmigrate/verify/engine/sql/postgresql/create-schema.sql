-- a schema per test in the one database of an external engine; the URL names it as currentSchema
CREATE SCHEMA ${name}
