-- What the migration user lacks on H2: the schema changes need an administrator.
SELECT 'ADMIN rights' FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME = CURRENT_USER AND NOT IS_ADMIN
