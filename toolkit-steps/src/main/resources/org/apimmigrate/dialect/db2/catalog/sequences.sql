-- user sequences only: identity columns have sequences of type 'I'
select 'SEQ', s.SEQNAME from SYSCAT.SEQUENCES s where s.SEQSCHEMA = CURRENT SCHEMA and s.SEQTYPE = 'S'
