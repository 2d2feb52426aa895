-- TRG|TABLE|NAME|BEFORE INSERT: TRIGGER_TYPE is e.g. 'BEFORE EACH ROW'; a trigger on several events
-- (TRIGGERING_EVENT 'INSERT OR UPDATE') is one line per event, as the facts and the other vendors show it
select 'TRG', t.table_name, t.trigger_name,
       regexp_substr(t.trigger_type, '^(BEFORE|AFTER|INSTEAD OF)') || ' ' || e.event_name
  from user_triggers t
  join (select 'INSERT' as event_name from dual
        union all select 'UPDATE' from dual
        union all select 'DELETE' from dual) e on instr(t.triggering_event, e.event_name) > 0
 where t.base_object_type = 'TABLE'
