select 'TRG', upper(event_object_table), upper(trigger_name), concat(action_timing, ' ', event_manipulation)
  from information_schema.triggers
 where trigger_schema = database()
