-- What the migration user lacks on PostgreSQL: CREATE in the schema, and ownership of the tables it alters
-- (ALTER TABLE needs the owner or a member of the owner's role).
SELECT 'CREATE on schema ' || current_schema() WHERE NOT has_schema_privilege(current_schema(), 'CREATE')
UNION ALL
SELECT 'ownership of ' || COUNT(*) || ' table(s) of schema ' || current_schema() || ', e.g. ' || MIN(tablename)
  FROM pg_tables
 WHERE schemaname = current_schema() AND NOT pg_has_role(tableowner, 'USAGE')
HAVING COUNT(*) > 0
