-- A database owned by a user of its own, who logs in with a password.
-- [create]
CREATE ROLE ${name} LOGIN PASSWORD '${password}'
--;
CREATE DATABASE ${name} OWNER ${name}
