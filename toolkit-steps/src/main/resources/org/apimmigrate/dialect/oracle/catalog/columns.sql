-- COL|TABLE|COLUMN|type|NULL or NOT NULL|default. NUMBER without precision and scale 0 is INTEGER (or SMALLINT).
-- DATA_DEFAULT_VC (12.2+) is the text form of the LONG DATA_DEFAULT. A NULL default reads as none: Oracle removes
-- a default only by setting it to NULL, and what is left means the same as no default.
select 'COL', c.table_name, c.column_name,
       case when c.data_type = 'NUMBER' and c.data_precision is null and c.data_scale = 0 then 'INTEGER'
            when c.data_type = 'NUMBER' and c.data_precision is not null and nvl(c.data_scale, 0) = 0
            then 'NUMBER(' || c.data_precision || ')'
            when c.data_type = 'NUMBER' and c.data_precision is not null
            then 'NUMBER(' || c.data_precision || ',' || c.data_scale || ')'
            when c.data_type in ('VARCHAR2', 'CHAR', 'NVARCHAR2', 'NCHAR') then c.data_type || '(' || c.char_length || ')'
            when c.data_type = 'RAW' then 'RAW(' || c.data_length || ')'
            else c.data_type end,
       case c.nullable when 'N' then 'NOT NULL' else 'NULL' end,
       case when upper(trim(c.data_default_vc)) = 'NULL' then null else trim(c.data_default_vc) end
  from user_tab_columns c
  join user_tables t on t.table_name = c.table_name
