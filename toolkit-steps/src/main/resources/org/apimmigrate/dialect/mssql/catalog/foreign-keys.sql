-- CON|TABLE|FK|(COLS) -> REFTABLE(COLS) ON UPDATE x ON DELETE y|NAME, SYS_GENERATED where SQL Server named it
select 'CON', upper(t.name), 'FK',
       '(' + (select string_agg(upper(c.name), ',') within group (order by fkc.constraint_column_id)
                from sys.foreign_key_columns fkc
                join sys.columns c on c.object_id = fkc.parent_object_id and c.column_id = fkc.parent_column_id
               where fkc.constraint_object_id = fk.object_id)
           + ') -> ' + upper(rt.name) + '('
           + (select string_agg(upper(c.name), ',') within group (order by fkc.constraint_column_id)
                from sys.foreign_key_columns fkc
                join sys.columns c on c.object_id = fkc.referenced_object_id and c.column_id = fkc.referenced_column_id
               where fkc.constraint_object_id = fk.object_id)
           + ') ON UPDATE ' + replace(fk.update_referential_action_desc, '_', ' ')
           + ' ON DELETE ' + replace(fk.delete_referential_action_desc, '_', ' '),
       case when fk.is_system_named = 1 then 'SYS_GENERATED' else upper(fk.name) end
  from sys.foreign_keys fk
  join sys.tables t on t.object_id = fk.parent_object_id
  join sys.tables rt on rt.object_id = fk.referenced_object_id
 where t.schema_id = schema_id()
