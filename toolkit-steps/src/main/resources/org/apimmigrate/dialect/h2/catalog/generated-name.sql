-- The name H2 made up for a key (CONSTRAINT_<hex>[_<n>], shown as SYS_GENERATED), found by the key's definition:
-- H2 runs no procedural block in which a change statement could look it up itself.
select k.CONSTRAINT_NAME
  from INFORMATION_SCHEMA.CONSTRAINTS k
 where k.TABLE_SCHEMA = SCHEMA() and k.TABLE_NAME = :table
   and case k.CONSTRAINT_TYPE when 'PRIMARY KEY' then 'PK' when 'UNIQUE' then 'UNIQUE'
                              when 'REFERENTIAL' then 'FK' else 'CHECK' end = :kind
   and k.COLUMN_LIST = :columns
   and regexp_like(k.CONSTRAINT_NAME, '^CONSTRAINT_[0-9A-F]+(_[0-9]+)?$')
   and coalesce((select max(x.PKTABLE_NAME) from INFORMATION_SCHEMA.CROSS_REFERENCES x
                  where x.FKTABLE_SCHEMA = k.TABLE_SCHEMA and x.FK_NAME = k.CONSTRAINT_NAME), '') = :refTable
   and coalesce((select listagg(x.PKCOLUMN_NAME, ',') within group (order by x.ORDINAL_POSITION)
                   from INFORMATION_SCHEMA.CROSS_REFERENCES x
                  where x.FKTABLE_SCHEMA = k.TABLE_SCHEMA and x.FK_NAME = k.CONSTRAINT_NAME), '') = :refColumns
