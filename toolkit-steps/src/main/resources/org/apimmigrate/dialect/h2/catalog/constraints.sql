-- CON|TABLE|PK, UNIQUE or FK|(COLS) [-> REFTABLE(COLS) ON UPDATE x ON DELETE y]|NAME
-- H2 1.4.199: CONSTRAINTS lists the key's columns; CROSS_REFERENCES the referenced ones (REFERENTIAL_CONSTRAINTS
-- names the referenced index there, not the key). A name H2 made up (CONSTRAINT_<hex>[_<n>]) reads as SYS_GENERATED.
select 'CON', k.TABLE_NAME,
       case k.CONSTRAINT_TYPE when 'PRIMARY KEY' then 'PK' when 'UNIQUE' then 'UNIQUE' else 'FK' end,
       '(' || k.COLUMN_LIST || ')'
           || case when k.CONSTRAINT_TYPE = 'REFERENTIAL'
                   then ' -> ' || (select max(x.PKTABLE_NAME) from INFORMATION_SCHEMA.CROSS_REFERENCES x
                                    where x.FKTABLE_SCHEMA = k.TABLE_SCHEMA and x.FK_NAME = k.CONSTRAINT_NAME)
                        || '(' || (select listagg(x.PKCOLUMN_NAME, ',') within group (order by x.ORDINAL_POSITION)
                                     from INFORMATION_SCHEMA.CROSS_REFERENCES x
                                    where x.FKTABLE_SCHEMA = k.TABLE_SCHEMA and x.FK_NAME = k.CONSTRAINT_NAME)
                        || ') ON UPDATE ' || r.UPDATE_RULE || ' ON DELETE ' || r.DELETE_RULE
                   else '' end,
       case when regexp_like(k.CONSTRAINT_NAME, '^CONSTRAINT_[0-9A-F]+(_[0-9]+)?$') then 'SYS_GENERATED'
            else k.CONSTRAINT_NAME end
  from INFORMATION_SCHEMA.CONSTRAINTS k
  left join INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r
         on r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA and r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
 where k.TABLE_SCHEMA = SCHEMA() and k.CONSTRAINT_TYPE in ('PRIMARY KEY', 'UNIQUE', 'REFERENTIAL')
