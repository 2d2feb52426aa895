select 'TRG', t.TABNAME, t.TRIGNAME,
       case t.TRIGTIME when 'B' then 'BEFORE' when 'A' then 'AFTER' else 'INSTEAD OF' end || ' '
           || case t.TRIGEVENT when 'I' then 'INSERT' when 'U' then 'UPDATE' else 'DELETE' end
  from SYSCAT.TRIGGERS t
 where t.TABSCHEMA = CURRENT SCHEMA
