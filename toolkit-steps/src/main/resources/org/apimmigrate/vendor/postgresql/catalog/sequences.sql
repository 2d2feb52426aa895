select 'SEQ', upper(sequence_name)
  from information_schema.sequences
 where sequence_schema = current_schema()
 order by 2
