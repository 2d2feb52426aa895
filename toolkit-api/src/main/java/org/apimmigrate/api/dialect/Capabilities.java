package org.apimmigrate.api.dialect;

/**
 * What a vendor can and cannot do that changes how steps run. Built by name: {@code Capabilities.builder()
 * .transactionalDdl(true).maxIdentifierLength(63).nativeLock(true).build()}; what is not named is {@code false}.
 *
 * @param transactionalDdl   DDL takes part in transactions (PostgreSQL, MSSQL, DB2); false where every DDL statement
 *                           commits implicitly (MySQL, Oracle, H2), so a failed step cannot be rolled back and every
 *                           statement boundary is a state others may see
 * @param maxIdentifierLength longest name a table, column or constraint may have
 * @param nativeLock         the vendor has an engine-native lock that is freed when the session ends
 * @param foreignKeysNeedIndex every foreign key must keep an index on its columns (MySQL), so a key or index a foreign
 *                           key relies on can only be dropped with the foreign key out of the way
 * @param uniqueOverPrimaryKeyColumns a unique key may be added over the very columns of its table's primary key
 *                           (MySQL, H2; Oracle refuses with ORA-02261): with DDL that commits per statement, a table
 *                           whose primary key is redefined keeps its old key as a temporary unique key meanwhile
 */
public record Capabilities(boolean transactionalDdl, int maxIdentifierLength, boolean nativeLock,
                           boolean foreignKeysNeedIndex, boolean uniqueOverPrimaryKeyColumns) {

    public Capabilities {
        if (maxIdentifierLength <= 0) {
            throw new IllegalArgumentException("maxIdentifierLength must be positive, was " + maxIdentifierLength);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Names every capability; a capability not set is {@code false}, the identifier length must be set. */
    public static final class Builder {
        private boolean transactionalDdl;
        private int maxIdentifierLength;
        private boolean nativeLock;
        private boolean foreignKeysNeedIndex;
        private boolean uniqueOverPrimaryKeyColumns;

        private Builder() {
        }

        public Builder transactionalDdl(boolean value) {
            this.transactionalDdl = value;
            return this;
        }

        public Builder maxIdentifierLength(int value) {
            this.maxIdentifierLength = value;
            return this;
        }

        public Builder nativeLock(boolean value) {
            this.nativeLock = value;
            return this;
        }

        public Builder foreignKeysNeedIndex(boolean value) {
            this.foreignKeysNeedIndex = value;
            return this;
        }

        public Builder uniqueOverPrimaryKeyColumns(boolean value) {
            this.uniqueOverPrimaryKeyColumns = value;
            return this;
        }

        public Capabilities build() {
            return new Capabilities(transactionalDdl, maxIdentifierLength, nativeLock, foreignKeysNeedIndex,
                    uniqueOverPrimaryKeyColumns);
        }
    }
}
