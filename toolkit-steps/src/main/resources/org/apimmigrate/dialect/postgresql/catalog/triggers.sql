-- TRG|TABLE|NAME|timing event, one line per event. From pg_trigger, not information_schema.triggers: that view hides
-- the triggers of tables the user may only SELECT from. tgtype bits: 2 BEFORE, 64 INSTEAD OF; 4 INSERT, 8 DELETE,
-- 16 UPDATE. Triggers of tables only: one on a view belongs to the view (its VIEW line) and goes with it.
select 'TRG', upper(c.relname), upper(t.tgname),
       case when t.tgtype & 2 <> 0 then 'BEFORE' when t.tgtype & 64 <> 0 then 'INSTEAD OF' else 'AFTER' end
           || ' ' || e.event
  from pg_trigger t
  join pg_class c on c.oid = t.tgrelid
  join pg_namespace n on n.oid = c.relnamespace
  join (values (4, 'INSERT'), (8, 'DELETE'), (16, 'UPDATE')) e(bit, event) on t.tgtype & e.bit <> 0
 where n.nspname = current_schema() and not t.tgisinternal and c.relkind in ('r', 'p')
 order by 2, 3, 4
