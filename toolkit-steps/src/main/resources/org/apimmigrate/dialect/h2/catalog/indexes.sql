-- IDX|TABLE|INDEX|[UNIQUE ](COLS): indexes written by hand; those H2 makes for constraints are IS_GENERATED.
-- H2 1.4.199 lists one row per index column.
select 'IDX', i.TABLE_NAME, i.INDEX_NAME,
       case when i.INDEX_TYPE_NAME = 'UNIQUE INDEX' then 'UNIQUE ' else '' end
           || '(' || listagg(i.COLUMN_NAME, ',') within group (order by i.ORDINAL_POSITION) || ')'
  from INFORMATION_SCHEMA.INDEXES i
 where i.TABLE_SCHEMA = SCHEMA() and i.IS_GENERATED = FALSE
 group by i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME
