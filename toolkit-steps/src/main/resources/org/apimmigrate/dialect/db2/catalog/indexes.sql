-- IDX|TABLE|INDEX|[UNIQUE ](COLS): indexes no constraint depends on
select 'IDX', i.TABNAME, i.INDNAME,
       case when i.UNIQUERULE = 'U' then 'UNIQUE ' else '' end
           || '(' || (select listagg(c.COLNAME, ',') within group (order by c.COLSEQ)
                        from SYSCAT.INDEXCOLUSE c
                       where c.INDSCHEMA = i.INDSCHEMA and c.INDNAME = i.INDNAME) || ')'
  from SYSCAT.INDEXES i
 where i.TABSCHEMA = CURRENT SCHEMA and i.UNIQUERULE <> 'P'
   and not exists (select 1 from SYSCAT.CONSTDEP d
                    where d.BTYPE = 'I' and d.BSCHEMA = i.INDSCHEMA and d.BNAME = i.INDNAME)
