-- TRG|TABLE|NAME|BEFORE INSERT: TRIGGER_TYPE is e.g. 'BEFORE EACH ROW'
select 'TRG', t.table_name, t.trigger_name,
       regexp_substr(t.trigger_type, '^(BEFORE|AFTER|INSTEAD OF)') || ' ' || t.triggering_event
  from user_triggers t
 where t.base_object_type = 'TABLE'
