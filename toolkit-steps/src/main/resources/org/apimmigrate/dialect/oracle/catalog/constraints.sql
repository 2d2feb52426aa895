-- CON|TABLE|PK, UNIQUE or FK|(COLS) [-> REFTABLE(COLS) ON UPDATE NO ACTION ON DELETE y]|NAME,
-- SYS_GENERATED where Oracle made the name up (SYS_C...). NOT NULL checks are columns, not constraints, here.
select 'CON', c.table_name, decode(c.constraint_type, 'P', 'PK', 'U', 'UNIQUE', 'R', 'FK'),
       '(' || (select listagg(cc.column_name, ',') within group (order by cc.position)
                 from user_cons_columns cc
                where cc.constraint_name = c.constraint_name) || ')'
           || case when c.constraint_type = 'R'
                   then ' -> ' || r.table_name || '('
                        || (select listagg(rc.column_name, ',') within group (order by rc.position)
                              from user_cons_columns rc
                             where rc.constraint_name = c.r_constraint_name) || ')'
                        || ' ON UPDATE NO ACTION ON DELETE ' || c.delete_rule
              end,
       case when c.generated = 'GENERATED NAME' then 'SYS_GENERATED' else c.constraint_name end
  from user_constraints c
  left join user_constraints r on r.constraint_name = c.r_constraint_name
 where c.constraint_type in ('P', 'U', 'R') and c.table_name not like 'BIN$%'
