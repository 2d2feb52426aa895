-- Plain SQL every vendor runs alike: does the registry hold version-linked association rows?
-- [versionedRows]
SELECT COUNT(*) FROM ${assoc} WHERE REG_VERSION IS NOT NULL
