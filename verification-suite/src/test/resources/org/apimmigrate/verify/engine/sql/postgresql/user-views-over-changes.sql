-- views over what the upgrade changes: columns it renames and retypes, and a table WSO2's client drops
CREATE VIEW OPS_COMMENT_AUTHORS AS SELECT COMMENT_ID, API_ID, COMMENTED_USER FROM AM_API_COMMENTS
/
CREATE VIEW OPS_GATEWAY_LABELS AS SELECT * FROM AM_LABELS
