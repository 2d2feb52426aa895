-- What WSO2's migration client does to the WSO2AM_DB schema (migrateLabelsToVhosts): after moving the labels to
-- gateway environments it drops the label tables. Plain SQL every vendor runs alike.
-- [drop-label-tables]
DROP TABLE AM_LABEL_URLS
--;
DROP TABLE AM_LABELS
