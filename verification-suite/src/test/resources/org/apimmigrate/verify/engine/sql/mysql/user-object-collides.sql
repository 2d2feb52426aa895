-- a table of the user's under a name 4.0.0 gives a table of its own, with other columns
CREATE TABLE AM_GATEWAY_ENVIRONMENT (NAME VARCHAR(100) NOT NULL, REGION VARCHAR(20), PRIMARY KEY (NAME))
