-- CON|TABLE|PK, UNIQUE or FK|(COLS) [-> REFTABLE(COLS) ON UPDATE x ON DELETE y]|NAME
select 'CON', tc.TABLE_NAME,
       case tc.CONSTRAINT_TYPE when 'PRIMARY KEY' then 'PK' when 'UNIQUE' then 'UNIQUE' else 'FK' end,
       '(' || (select listagg(k.COLUMN_NAME, ',') within group (order by k.ORDINAL_POSITION)
                 from INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
                where k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME) || ')'
           || case when tc.CONSTRAINT_TYPE = 'FOREIGN KEY'
                   then ' -> ' || u.TABLE_NAME || '('
                        || (select listagg(r.COLUMN_NAME, ',') within group (order by k.ORDINAL_POSITION)
                              from INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
                              join INFORMATION_SCHEMA.KEY_COLUMN_USAGE r
                                on r.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA
                               and r.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
                               and r.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
                             where k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME)
                        || ') ON UPDATE ' || rc.UPDATE_RULE || ' ON DELETE ' || rc.DELETE_RULE
                   else '' end,
       tc.CONSTRAINT_NAME
  from INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
  left join INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
         on rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
  left join INFORMATION_SCHEMA.TABLE_CONSTRAINTS u
         on u.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA and u.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
 where tc.TABLE_SCHEMA = CURRENT_SCHEMA and tc.CONSTRAINT_TYPE in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
