-- VIEW|NAME|definition: the whole CREATE VIEW statement as it was written (SYSCAT.VIEWS.TEXT, a CLOB; materialized
-- query tables have their row here too)
select 'VIEW', v.VIEWNAME, v.TEXT
  from SYSCAT.VIEWS v
 where v.VIEWSCHEMA = CURRENT SCHEMA
