-- COL|TABLE|COLUMN|type|NULL or NOT NULL|default; IDENTITY(seed,increment) for identity columns. SQL Server keeps
-- defaults in parentheses, ((0)) or ('x'), and CURRENT_TIMESTAMP as getdate(): both are undone here.
select 'COL', upper(t.name), upper(c.name),
       upper(ty.name)
           + case when ty.name in ('varchar', 'char', 'varbinary', 'binary')
                  then '(' + case when c.max_length = -1 then 'MAX' else cast(c.max_length as varchar(10)) end + ')'
                  when ty.name in ('nvarchar', 'nchar')
                  then '(' + case when c.max_length = -1 then 'MAX' else cast(c.max_length / 2 as varchar(10)) end + ')'
                  when ty.name in ('decimal', 'numeric')
                  then '(' + cast(c.precision as varchar(10)) + ',' + cast(c.scale as varchar(10)) + ')'
                  else '' end,
       case when c.is_nullable = 1 then 'NULL' else 'NOT NULL' end,
       case when ic.column_id is not null
            then 'IDENTITY(' + cast(ic.seed_value as varchar(20)) + ',' + cast(ic.increment_value as varchar(20)) + ')'
            when dc.definition is null then ''
            else replace(case when dc.definition like '((%))' then substring(dc.definition, 3, len(dc.definition) - 4)
                              when dc.definition like '(%)' then substring(dc.definition, 2, len(dc.definition) - 2)
                              else dc.definition end,
                         'getdate()', 'CURRENT_TIMESTAMP') end
  from sys.tables t
  join sys.columns c on c.object_id = t.object_id
  join sys.types ty on ty.user_type_id = c.user_type_id
  left join sys.identity_columns ic on ic.object_id = c.object_id and ic.column_id = c.column_id
  left join sys.default_constraints dc on dc.parent_object_id = c.object_id and dc.parent_column_id = c.column_id
 where t.schema_id = schema_id()
