-- identity columns' own sequences (IS_GENERATED) are not listed here
select 'SEQ', SEQUENCE_NAME from INFORMATION_SCHEMA.SEQUENCES where SEQUENCE_SCHEMA = SCHEMA() and IS_GENERATED = FALSE
