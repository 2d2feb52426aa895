-- Triggers of tables only: one on a view belongs to the view (its VIEW line) and goes with it.
select 'TRG', t.TABNAME, t.TRIGNAME,
       case t.TRIGTIME when 'B' then 'BEFORE' when 'A' then 'AFTER' else 'INSTEAD OF' end || ' '
           || case t.TRIGEVENT when 'I' then 'INSERT' when 'U' then 'UPDATE' else 'DELETE' end
  from SYSCAT.TRIGGERS t
  join SYSCAT.TABLES b on b.TABSCHEMA = t.TABSCHEMA and b.TABNAME = t.TABNAME and b.TYPE = 'T'
 where t.TABSCHEMA = CURRENT SCHEMA
