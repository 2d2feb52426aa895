-- TRG|TABLE|NAME|timing event, one line per event
select 'TRG', upper(event_object_table), upper(trigger_name), action_timing || ' ' || event_manipulation
  from information_schema.triggers
 where trigger_schema = current_schema()
 order by 2, 3, 4
