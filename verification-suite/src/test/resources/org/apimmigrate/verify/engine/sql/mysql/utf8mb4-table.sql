-- a table converted to utf8mb4, as a DBA does for non-Latin names (foreign key checks are off for the session)
ALTER TABLE ${table} CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci
