-- H2 1.4.199: one row per trigger, its timing as the BEFORE flag; triggers of tables only (one on a view goes with it)
select 'TRG', g.TABLE_NAME, g.TRIGGER_NAME, case when g.BEFORE then 'BEFORE' else 'AFTER' end || ' ' || g.TRIGGER_TYPE
  from INFORMATION_SCHEMA.TRIGGERS g
 where g.TRIGGER_SCHEMA = SCHEMA()
   and exists (select 1 from INFORMATION_SCHEMA.TABLES b where b.TABLE_SCHEMA = g.TABLE_SCHEMA
                                                          and b.TABLE_NAME = g.TABLE_NAME and b.TABLE_TYPE = 'TABLE')
