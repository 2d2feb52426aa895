-- COL|TABLE|COLUMN|type|NULL or NOT NULL|default, or the clause by which DB2 fills the column itself
select 'COL', c.TABNAME, c.COLNAME,
       rtrim(c.TYPENAME)
           || case when c.TYPENAME in ('VARCHAR', 'CHARACTER', 'VARGRAPHIC', 'GRAPHIC') then '(' || c.LENGTH || ')'
                   when c.TYPENAME = 'DECIMAL' then '(' || c.LENGTH || ',' || c.SCALE || ')'
                   else '' end,
       case c.NULLS when 'N' then 'NOT NULL' else 'NULL' end,
       case when c.ROWCHANGETIMESTAMP = 'Y' then 'GENERATED ALWAYS FOR EACH ROW ON UPDATE AS ROW CHANGE TIMESTAMP'
            when c.IDENTITY = 'Y'
            then 'GENERATED ' || case c.GENERATED when 'A' then 'ALWAYS' else 'BY DEFAULT' end || ' AS IDENTITY'
            else coalesce(c.DEFAULT, '') end
  from SYSCAT.COLUMNS c
  join SYSCAT.TABLES t on t.TABSCHEMA = c.TABSCHEMA and t.TABNAME = c.TABNAME
 where c.TABSCHEMA = CURRENT SCHEMA and t.TYPE = 'T'
