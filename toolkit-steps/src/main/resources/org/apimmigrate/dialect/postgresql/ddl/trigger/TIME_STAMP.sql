CREATE TRIGGER TIME_STAMP ${timing} ON ${table} FOR EACH ROW EXECUTE PROCEDURE update_modified_column()
