-- VIEW|NAME|definition. VIEW_DEFINITION names each table with its database (`db`.`T`) and lists the columns a
-- SELECT * read when the view was made. It is empty where the user may not see the definition; the checks then take
-- the view as possibly reading any table.
select 'VIEW', upper(table_name), view_definition
  from information_schema.views
 where table_schema = database()
