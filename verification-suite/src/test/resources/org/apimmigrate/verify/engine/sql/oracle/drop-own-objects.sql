-- when the external user may not create users: empty its own schema before each test instead
BEGIN
  FOR o IN (SELECT object_name, object_type FROM user_objects
             WHERE object_type IN ('TABLE', 'VIEW', 'SEQUENCE', 'PROCEDURE', 'FUNCTION', 'PACKAGE', 'SYNONYM', 'TYPE')
               AND object_name NOT LIKE 'BIN$%' AND object_name NOT LIKE 'ISEQ$$%') LOOP
    BEGIN
      IF o.object_type = 'TABLE' THEN
        EXECUTE IMMEDIATE 'DROP TABLE "' || o.object_name || '" CASCADE CONSTRAINTS PURGE';
      ELSIF o.object_type = 'TYPE' THEN
        EXECUTE IMMEDIATE 'DROP TYPE "' || o.object_name || '" FORCE';
      ELSE
        EXECUTE IMMEDIATE 'DROP ' || o.object_type || ' "' || o.object_name || '"';
      END IF;
    EXCEPTION WHEN OTHERS THEN
      -- already gone with an object dropped before it
      IF SQLCODE NOT IN (-942, -2289, -4043, -1434) THEN RAISE; END IF;
    END;
  END LOOP;
END;
