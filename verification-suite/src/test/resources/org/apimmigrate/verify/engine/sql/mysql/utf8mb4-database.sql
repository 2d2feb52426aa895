-- the database default a user who needs non-Latin names has (new tables take it)
ALTER DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci
