-- Engine settings for the benchmark, as the performance baseline had them where they can change without a restart:
-- no checkpoint in the middle of a measured run. Applies to every run alike.
-- [tune]
ALTER SYSTEM SET max_wal_size = '8GB'
--;
SELECT pg_reload_conf()
-- Before each measured run: what the copy and its statistics left in shared buffers is written out, so that no run
-- pays for the copy made before it.
-- [quiesce]
CHECKPOINT
