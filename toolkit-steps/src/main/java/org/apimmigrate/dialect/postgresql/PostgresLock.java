package org.apimmigrate.dialect.postgresql;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apimmigrate.dialect.common.NamedSql;
import org.apimmigrate.dialect.common.SessionLock;

/**
 * PostgreSQL: a session-level advisory lock ({@code pg_try_advisory_lock}), keyed by the first 64 bits of the
 * SHA-256 of the lock name, so every run computes the same key.
 */
final class PostgresLock extends SessionLock {

    PostgresLock() {
        super(NamedSql.load(PostgresLock.class, "migration-lock.sql"), "PostgreSQL session advisory lock",
                PostgresLock::advisoryKey, Boolean.TRUE::equals);
    }

    static long advisoryKey(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
