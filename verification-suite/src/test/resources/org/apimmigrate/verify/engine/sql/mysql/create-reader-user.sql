-- a user that may only read the test's database
CREATE USER '${user}'@'%' IDENTIFIED BY '${password}'
/
GRANT SELECT ON ${database}.* TO '${user}'@'%'
