-- The database's default collation (the row with an empty table name) and each base table's default collation.
select '' as TABLE_NAME, default_collation_name as COLLATION_NAME
  from information_schema.schemata
 where schema_name = database()
union all
select upper(table_name), table_collation
  from information_schema.tables
 where table_schema = database() and table_type = 'BASE TABLE'
