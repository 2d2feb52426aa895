-- 4.0.0's AM_GW_API_DEPLOYMENTS as a DBA created it ahead of the upgrade, in the database's default character set
-- and without its foreign key: the key 4.0.0 adds then joins two existing columns of different character sets.
CREATE TABLE AM_GW_API_DEPLOYMENTS (
  API_ID VARCHAR(255) NOT NULL,
  REVISION_ID VARCHAR(255) NOT NULL,
  LABEL VARCHAR(255) NOT NULL,
  VHOST VARCHAR(255) NULL,
  PRIMARY KEY (REVISION_ID, API_ID, LABEL)
) ENGINE INNODB
