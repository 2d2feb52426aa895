-- a database per test, on a container the suite owns
CREATE DATABASE ${name}
