-- IDX|TABLE|INDEX|[UNIQUE ](COLS): indexes written by hand; those H2 makes for constraints are flagged IS_GENERATED
select 'IDX', i.TABLE_NAME, i.INDEX_NAME,
       case when i.INDEX_TYPE_NAME = 'UNIQUE INDEX' then 'UNIQUE ' else '' end
           || '(' || (select listagg(ic.COLUMN_NAME, ',') within group (order by ic.ORDINAL_POSITION)
                        from INFORMATION_SCHEMA.INDEX_COLUMNS ic
                       where ic.INDEX_SCHEMA = i.INDEX_SCHEMA and ic.INDEX_NAME = i.INDEX_NAME) || ')'
  from INFORMATION_SCHEMA.INDEXES i
 where i.TABLE_SCHEMA = CURRENT_SCHEMA and i.IS_GENERATED = FALSE
