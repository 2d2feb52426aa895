-- identity columns' own sequences (ISEQ$$_...) are not the schema's
select 'SEQ', s.sequence_name from user_sequences s where s.sequence_name not like 'ISEQ$$%'
