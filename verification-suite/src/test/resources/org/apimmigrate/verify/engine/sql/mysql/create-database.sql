-- a database (= schema) per test; latin1, as the reference dumps were made
CREATE DATABASE ${name} CHARACTER SET latin1 COLLATE latin1_swedish_ci
