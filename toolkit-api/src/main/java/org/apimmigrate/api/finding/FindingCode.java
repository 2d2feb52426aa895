package org.apimmigrate.api.finding;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stable ids of findings, as reports and automation see them ({@code code} in report.json). The name is the code:
 * renaming a constant changes the reports' vocabulary, so add rather than rename.
 */
public enum FindingCode {

    // the run and its databases
    CANNOT_READ("the checks cannot read a database with the given user and settings"),
    MISSING_PRIVILEGE("the database user lacks privileges the phase's steps use"),
    LOCKED_BY_ANOTHER_RUN("another apim-migrate run holds the migration lock of a database"),
    FINGERPRINT_FAILED("the row counts and content digests before the phase could not be recorded (nothing changed), "
            + "or those of the tables no step changes, digested alongside the steps, could not (the steps' work stands; "
            + "verify compares only the tables they change)"),
    STEP_FAILED("a step failed part way; a re-run resumes it"),
    INTERRUPTED_STATEMENT_LEFT_OVER("the engine's own leftover of a statement a killed run interrupted, put right "
            + "before the steps run"),
    STEP_CHANGED_SINCE_RUN("a step finished earlier with SQL that differs from this version's"),

    // which schema the database holds
    NOT_A_WSO2_SCHEMA("the database lacks the table that marks WSO2's schema: a wrong URL or datasource"),
    ALREADY_MIGRATED("the database already has the 4.0.0 schema and the journal has no record of migrating it"),
    PARTLY_MIGRATED("the database is part way to 4.0.0 and the journal has no record of doing it"),
    WSO2_TABLES_MISSING("tables of WSO2's 3.2.0 schema are missing; those 4.0.0 keeps are created empty"),
    WSO2_OBJECTS_MISSING("keys, indexes or other objects of WSO2's 3.2.0 schema are missing"),
    USER_OBJECTS("objects of the user's own beside WSO2's schema, left as they are"),
    USER_OBJECTS_COLLIDE_WITH_400("objects of the user's own take names 4.0.0 needs for something else"),
    USER_VIEWS_READ_CHANGED_OBJECTS("views of the user's read tables or columns the upgrade drops, renames or redefines"),

    // the schema change, table by table
    TABLE_NOT_IN_TARGET("a table 4.0.0 no longer has still holds rows"),
    COLUMN_NOT_IN_TARGET("a column 4.0.0 no longer has still holds values"),
    NOT_NULL_COLUMN_WITHOUT_DEFAULT("a new NOT NULL column without a default cannot be added to a table with rows"),
    VALUES_TOO_LONG("values are longer than the column's 4.0.0 size"),
    RETYPE_WOULD_CONVERT_DATA("changing a column's type would convert or lose values it holds"),
    NULLS_IN_NOT_NULL_COLUMN("a column 4.0.0 makes NOT NULL holds NULLs"),
    DUPLICATES_BLOCK_KEY("duplicate values stop a primary or unique key 4.0.0 adds"),
    ORPHANS_BLOCK_FOREIGN_KEY("rows without their parent stop a foreign key 4.0.0 adds"),

    // character sets (engines that keep them per table and column)
    CHARACTER_SETS("the database's default character sets, and what new tables and columns take"),
    CHARACTER_SET_KEPT("a column keeps its character set where WSO2's script would change it"),
    CHARACTER_SETS_BLOCK_FOREIGN_KEY("a foreign key 4.0.0 adds joins columns of different character sets"),
    KEY_TOO_LONG_FOR_CHARACTER_SET("a key 4.0.0 adds is longer than the engine allows in the column's character set"),

    // API_UUID
    PRE_CLIENT_NOT_DONE("the post-client phase was asked for before the pre-client phase finished"),
    API_UUID_MISSING("APIs the migration client left without an API_UUID"),
    API_UUID_DUPLICATE("APIs that share an API_UUID"),

    // the registry
    NOT_A_REGISTRY("the shared_db database has no registry tables"),
    REGISTRY_XML_NEEDED("registry versioning cannot be told without registry.xml or an explicit choice"),
    REGISTRY_VERSIONING_DISAGREES("registry.xml's versioning setting and the registry's data disagree");

    private final String meaning;

    FindingCode(String meaning) {
        this.meaning = meaning;
    }

    /** What the code means, in one line (docs/REPORT-SCHEMA.md lists them). */
    public String meaning() {
        return meaning;
    }

    /** The code a report names, if this version knows it (reports of other versions may name others). */
    public static Optional<FindingCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
