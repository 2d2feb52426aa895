-- CON|TABLE|PK or UNIQUE|(COLS)|NAME, SYS_GENERATED where SQL Server made the name up (PK__...)
select 'CON', upper(t.name), case kc.type when 'PK' then 'PK' else 'UNIQUE' end,
       '(' + (select string_agg(upper(c.name), ',') within group (order by ic.key_ordinal)
                from sys.index_columns ic
                join sys.columns c on c.object_id = ic.object_id and c.column_id = ic.column_id
               where ic.object_id = kc.parent_object_id and ic.index_id = kc.unique_index_id
                 and ic.is_included_column = 0) + ')',
       case when kc.is_system_named = 1 then 'SYS_GENERATED' else upper(kc.name) end
  from sys.key_constraints kc
  join sys.tables t on t.object_id = kc.parent_object_id
 where t.schema_id = schema_id()
