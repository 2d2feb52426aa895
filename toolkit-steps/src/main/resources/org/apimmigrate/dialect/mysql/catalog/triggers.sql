-- TRG|TABLE|TRIGGER|TIMING EVENT. A trigger lives in its table's schema; MariaDB looks triggers up by the table's
-- schema (EVENT_OBJECT_SCHEMA) only, so filtering on it keeps the read to this schema.
select 'TRG', upper(event_object_table), upper(trigger_name), concat(action_timing, ' ', event_manipulation)
  from information_schema.triggers
 where event_object_schema = database() and trigger_schema = database()
