-- identity columns' own sequences are not listed here
select 'SEQ', SEQUENCE_NAME from INFORMATION_SCHEMA.SEQUENCES where SEQUENCE_SCHEMA = CURRENT_SCHEMA
