select 'SEQ', upper(s.name) from sys.sequences s where s.schema_id = schema_id()
