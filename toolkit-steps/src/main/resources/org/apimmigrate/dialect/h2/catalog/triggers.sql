-- H2 1.4.199: one row per trigger, its timing as the BEFORE flag
select 'TRG', TABLE_NAME, TRIGGER_NAME, case when BEFORE then 'BEFORE' else 'AFTER' end || ' ' || TRIGGER_TYPE
  from INFORMATION_SCHEMA.TRIGGERS
 where TRIGGER_SCHEMA = SCHEMA()
