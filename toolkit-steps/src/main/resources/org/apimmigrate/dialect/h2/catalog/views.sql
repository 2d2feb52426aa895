-- VIEW|NAME|definition, H2 1.4.199: the query as H2 keeps it
select 'VIEW', TABLE_NAME, VIEW_DEFINITION
  from INFORMATION_SCHEMA.VIEWS
 where TABLE_SCHEMA = SCHEMA()
