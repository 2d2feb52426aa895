-- a reporting team's views over what the upgrade leaves as it is: AM_API's 3.2.0 columns (4.0.0 only adds columns)
CREATE VIEW OPS_API_OVERVIEW AS SELECT API_ID, API_PROVIDER, API_NAME, API_VERSION, CONTEXT FROM AM_API
