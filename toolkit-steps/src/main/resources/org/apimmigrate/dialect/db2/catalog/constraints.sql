-- CON|TABLE|PK, UNIQUE or FK|(COLS) [-> REFTABLE(COLS) ON UPDATE x ON DELETE y]|NAME,
-- SYS_GENERATED where DB2 made the name up (SQL followed by digits)
select 'CON', k.TABNAME, case k.TYPE when 'P' then 'PK' when 'U' then 'UNIQUE' else 'FK' end,
       '(' || (select listagg(u.COLNAME, ',') within group (order by u.COLSEQ)
                 from SYSCAT.KEYCOLUSE u
                where u.TABSCHEMA = k.TABSCHEMA and u.TABNAME = k.TABNAME and u.CONSTNAME = k.CONSTNAME) || ')'
           || case when k.TYPE = 'F'
                   then ' -> ' || r.REFTABNAME || '('
                        || (select listagg(u.COLNAME, ',') within group (order by u.COLSEQ)
                              from SYSCAT.KEYCOLUSE u
                             where u.TABSCHEMA = r.REFTABSCHEMA and u.TABNAME = r.REFTABNAME
                               and u.CONSTNAME = r.REFKEYNAME) || ')'
                        || ' ON UPDATE ' || case r.UPDATERULE when 'R' then 'RESTRICT' else 'NO ACTION' end
                        || ' ON DELETE ' || case r.DELETERULE when 'C' then 'CASCADE' when 'N' then 'SET NULL'
                                                              when 'R' then 'RESTRICT' else 'NO ACTION' end
                   else '' end,
       case when k.CONSTNAME like 'SQL%' and rtrim(translate(substr(k.CONSTNAME, 4), ' ', '0123456789')) = ''
            then 'SYS_GENERATED' else k.CONSTNAME end
  from SYSCAT.TABCONST k
  left join SYSCAT.REFERENCES r on r.TABSCHEMA = k.TABSCHEMA and r.TABNAME = k.TABNAME and r.CONSTNAME = k.CONSTNAME
 where k.TABSCHEMA = CURRENT SCHEMA and k.TYPE in ('P', 'U', 'F')
