CREATE OR REPLACE TRIGGER ${trigger}
    BEFORE INSERT
    ON ${table}
    REFERENCING NEW AS NEW
    FOR EACH ROW
BEGIN
    SELECT ${sequence}.nextval INTO :NEW.${column} FROM dual;
END;
