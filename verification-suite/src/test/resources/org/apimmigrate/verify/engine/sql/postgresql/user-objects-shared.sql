-- a DBA's index on a registry table the clean-up rebuilds
CREATE INDEX OPS_REG_PROPERTY_NAME ON REG_PROPERTY (REG_NAME)
