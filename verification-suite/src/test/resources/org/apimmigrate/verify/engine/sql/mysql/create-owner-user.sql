-- a user with exactly the privileges the migration uses on the test's database
CREATE USER '${user}'@'%' IDENTIFIED BY '${password}'
/
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, INDEX, REFERENCES ON ${database}.* TO '${user}'@'%'
