-- a database per test, on an engine the suite owns (embedded or container)
CREATE DATABASE ${name}
