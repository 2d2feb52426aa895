-- IDX|TABLE|INDEX|[UNIQUE ](COLS): indexes that back no key
select 'IDX', upper(t.name), upper(i.name),
       case when i.is_unique = 1 then 'UNIQUE ' else '' end
           + '(' + (select string_agg(upper(c.name), ',') within group (order by ic.key_ordinal)
                      from sys.index_columns ic
                      join sys.columns c on c.object_id = ic.object_id and c.column_id = ic.column_id
                     where ic.object_id = i.object_id and ic.index_id = i.index_id and ic.is_included_column = 0) + ')'
  from sys.indexes i
  join sys.tables t on t.object_id = i.object_id
 where t.schema_id = schema_id() and i.type > 0 and i.is_primary_key = 0 and i.is_unique_constraint = 0
   and i.is_hypothetical = 0
