-- CON|TABLE|PK, UNIQUE or FK|(COLS) [-> REFTABLE(COLS) ON UPDATE x ON DELETE y]|NAME
-- H2 1.4.199: CONSTRAINTS lists a key's columns; CROSS_REFERENCES a foreign key's, one row per column pair, with its
-- rules as JDBC's codes. Each catalog table is read once: H2 builds a catalog table's rows anew for every row of a
-- correlated subquery, which made this query take most of a catalog read. A name H2 made up
-- (CONSTRAINT_<hex>[_<n>]) reads as SYS_GENERATED.
select 'CON', k.TABLE_NAME, case k.CONSTRAINT_TYPE when 'PRIMARY KEY' then 'PK' else 'UNIQUE' end,
       '(' || k.COLUMN_LIST || ')',
       case when regexp_like(k.CONSTRAINT_NAME, '^CONSTRAINT_[0-9A-F]+(_[0-9]+)?$') then 'SYS_GENERATED'
            else k.CONSTRAINT_NAME end
  from INFORMATION_SCHEMA.CONSTRAINTS k
 where k.TABLE_SCHEMA = SCHEMA() and k.CONSTRAINT_TYPE in ('PRIMARY KEY', 'UNIQUE')
union all
select 'CON', x.FKTABLE_NAME, 'FK',
       '(' || listagg(x.FKCOLUMN_NAME, ',') within group (order by x.ORDINAL_POSITION) || ') -> '
           || max(x.PKTABLE_NAME)
           || '(' || listagg(x.PKCOLUMN_NAME, ',') within group (order by x.ORDINAL_POSITION) || ')'
           || ' ON UPDATE ' || case max(x.UPDATE_RULE) when 0 then 'CASCADE' when 1 then 'RESTRICT'
                                   when 2 then 'SET NULL' when 3 then 'NO ACTION' when 4 then 'SET DEFAULT'
                                   else 'RULE ' || max(x.UPDATE_RULE) end
           || ' ON DELETE ' || case max(x.DELETE_RULE) when 0 then 'CASCADE' when 1 then 'RESTRICT'
                                   when 2 then 'SET NULL' when 3 then 'NO ACTION' when 4 then 'SET DEFAULT'
                                   else 'RULE ' || max(x.DELETE_RULE) end,
       case when regexp_like(x.FK_NAME, '^CONSTRAINT_[0-9A-F]+(_[0-9]+)?$') then 'SYS_GENERATED' else x.FK_NAME end
  from INFORMATION_SCHEMA.CROSS_REFERENCES x
 where x.FKTABLE_SCHEMA = SCHEMA()
 group by x.FKTABLE_NAME, x.FK_NAME
