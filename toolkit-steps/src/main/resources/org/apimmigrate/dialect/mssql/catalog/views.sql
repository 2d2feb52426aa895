-- VIEW|NAME|definition: the whole CREATE VIEW statement as it was written (sys.sql_modules; NULL, read as empty,
-- for a view created WITH ENCRYPTION)
select 'VIEW', upper(v.name), m.definition
  from sys.views v
  left join sys.sql_modules m on m.object_id = v.object_id
 where v.schema_id = schema_id()
