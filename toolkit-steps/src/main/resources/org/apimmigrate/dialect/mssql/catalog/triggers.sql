select 'TRG', upper(t.name), upper(tr.name),
       case when tr.is_instead_of_trigger = 1 then 'INSTEAD OF' else 'AFTER' end + ' ' + te.type_desc
  from sys.triggers tr
  join sys.tables t on t.object_id = tr.parent_id
  join sys.trigger_events te on te.object_id = tr.object_id
 where t.schema_id = schema_id()
