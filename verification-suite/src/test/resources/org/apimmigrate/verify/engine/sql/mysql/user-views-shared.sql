-- a view over a registry table whose rows the clean-up rebuilds in place (the table itself stays)
CREATE VIEW OPS_REG_PROPERTY_NAMES AS SELECT REG_ID, REG_NAME, REG_TENANT_ID FROM REG_PROPERTY
