-- Engine settings for the benchmark, as the performance baseline had them where they can change without a restart:
-- no checkpoint in the middle of a measured run. Applies to every run alike.
-- [tune]
ALTER SYSTEM SET max_wal_size = '8GB'
--;
SELECT pg_reload_conf()
