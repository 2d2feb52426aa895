package org.apimmigrate.verify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.fixtures.FixtureSchemas;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.TestDatabase;
import org.apimmigrate.verify.migration.MigrationFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.jdbi.v3.core.Handle;

/**
 * Every bad input gets one clear message that names what is wrong and what to do, the documented exit code, and
 * leaves every database as it was: schema and every row compared before and after.
 */
class BadInputIT {

    /** One 3.2.0 fixture per engine, shared by the inputs that must not change it. */
    private static final Map<Engine, MigrationFixture> LEGACY = new ConcurrentHashMap<>();

    @TempDir
    Path tmp;

    static Stream<Arguments> engines() {
        return CliDatabases.engines();
    }

    private static MigrationFixture legacy(Engine engine) {
        return LEGACY.computeIfAbsent(engine, e -> new MigrationFixture(e, GeneratorSettings.tiny()));
    }

    /**
     * The options and files below are all checked before any database is reached (DatabaseCommand): what they are
     * refused with does not depend on the vendor, so one engine serves them; an unreachable database is per vendor.
     */
    static Stream<Arguments> oneEngine() {
        return CliDatabases.engines().limit(1);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("oneEngine")
    void badConfigurationStopsBeforeAnyDatabaseChanges(Engine engine) throws IOException {
        MigrationFixture f = legacy(engine);
        String password = CliDatabases.password();
        ApimHome good = ApimHome.write(tmp.resolve("good"), f.am, f.shared, f.am.user(), password, true);
        Path broken = tmp.resolve("broken");
        ApimHome malformed = ApimHome.write(broken, ApimHome.section("apim_db", f.am, f.am.user(), password)
                + "[database.shared_db\nurl = \"" + f.shared.url() + "\"\n", true);
        MigrationFixture.State before = f.state();
        List<RunnerProcess.Result> runs = new ArrayList<>();

        RunnerProcess.Result toml = run(runs, "migrate", "--phase", "pre-client", "--apim-home",
                malformed.home().toString());
        assertOneMessage(toml, 2, "is not valid TOML (line", malformed.toml().toString());

        RunnerProcess.Result registryXml = run(runs, "migrate", "--phase", "pre-client", "--apim-home",
                good.home().toString(), "--registry-xml", tmp.resolve("nowhere/registry.xml").toString());
        assertOneMessage(registryXml, 2, "There is no registry.xml at", "--registry-xml");

        RunnerProcess.Result notXml = run(runs, "preflight", "--apim-home", good.home().toString(),
                "--registry-xml", good.toml().toString());
        assertOneMessage(notXml, 2, "is not a readable registry.xml");

        RunnerProcess.Result vendor = run(runs, "migrate", "--phase", "pre-client", "--am-url",
                "jdbc:sqlite:/tmp/apim.db", "--shared-url", f.shared.url(), "--shared-user", f.shared.user());
        assertOneMessage(vendor, 2, "belongs to no database vendor this toolkit supports", "jdbc:sqlite:/tmp/apim.db");

        ApimHome vault = ApimHome.write(tmp.resolve("vault"), f.am, f.shared, f.am.user(), "$secret{admin_pw}", true);
        RunnerProcess.Result secret = RunnerProcess.of("preflight", "--apim-home", vault.home().toString()).run();
        runs.add(secret);
        assertOneMessage(secret, 2, "secure-vault", "APIM_MIGRATE_APIM_DB_PASSWORD");

        RunnerProcess.Result noHome = run(runs, "status", "--apim-home", tmp.resolve("no-such-home").toString());
        assertOneMessage(noHome, 2, "is not a folder");

        RunnerProcess.Result noPhase = run(runs, "migrate", "--apim-home", good.home().toString());
        assertThat(noPhase.exitCode()).as(noPhase.describe()).isEqualTo(2);
        assertThat(noPhase.stderr()).contains("Missing required option: '--phase");

        RunnerProcess.Result badPhase = run(runs, "migrate", "--phase", "during-client", "--apim-home",
                good.home().toString());
        assertThat(badPhase.exitCode()).as(badPhase.describe()).isEqualTo(2);
        assertThat(badPhase.stderr()).contains("Unknown phase 'during-client'");

        assertThat(f.state()).as("no bad input changed WSO2AM_DB or SHARED_DB").isEqualTo(before);
        runs.forEach(r -> assertThat(r.output()).as(r.describe()).doesNotContain(password));
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void anUnreachableDatabaseIsNamedAndTheOtherIsLeftUnchanged(Engine engine) {
        MigrationFixture f = legacy(engine);
        MigrationFixture.State before = f.state();

        RunnerProcess.Result unreachable = RunnerProcess.of("migrate", "--phase", "pre-client", "--am-url",
                f.am.url(), "--am-user", f.am.user(), "--shared-url", unreachableUrl(f.shared), "--shared-user",
                "nobody").run();
        assertOneMessage(unreachable, 3, "Cannot reach the database of shared_db", "What to do: Check host and port");

        assertThat(f.state()).as("WSO2AM_DB and SHARED_DB after an unreachable SHARED_DB").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void databasesThatAreNotWso2OrNot320AreRefusedUnchanged(Engine engine) {
        Vendor vendor = Vendors.require(engine.vendorId());
        TestDatabase emptyAm = engine.createDatabase("empty");
        TestDatabase emptyShared = engine.createDatabase("empty");
        refusedUnchanged(emptyAm, emptyShared, "NOT_A_WSO2_SCHEMA", "not a WSO2 API-M database",
                "[NOT_A_REGISTRY]");

        TestDatabase am400 = engine.createDatabase("am400");
        TestDatabase shared400 = engine.createDatabase("shared400");
        am400.jdbi().useHandle(h -> FixtureSchemas.load(h, KnownSchema.AM_400, vendor));
        shared400.jdbi().useHandle(h -> FixtureSchemas.load(h, KnownSchema.SHARED_400, vendor));
        refusedUnchanged(am400, shared400, "ALREADY_MIGRATED", "schema:     4.0.0", "Use `verify` to check it");
        oneAnswerAt400(am400, shared400);

        MigrationFixture half = new MigrationFixture(engine);
        half.am.jdbi().useHandle((Handle h) -> h.execute("ALTER TABLE AM_API ADD API_UUID VARCHAR(255)"));
        refusedUnchanged(half.am, half.shared, "PARTLY_MIGRATED", "part-migrated between 3.2.0 and 4.0.0",
                "--accept-partial-schema");
    }

    /**
     * A database pair already at 4.0.0 that this toolkit never ran on gets one answer from every command: nothing to
     * migrate, use `verify`; never "run the pre-client phase first", which the pre-client phase then refuses.
     */
    private static void oneAnswerAt400(TestDatabase am, TestDatabase shared) {
        DatabaseState amBefore = DatabaseState.of(am);
        DatabaseState sharedBefore = DatabaseState.of(shared);
        List<String> where = List.of("--am-url", am.url(), "--am-user", am.user(), "--shared-url", shared.url(),
                "--shared-user", shared.user());
        String runPreClient = "--phase pre-client` first";

        RunnerProcess.Result post = RunnerProcess.of(args(List.of("migrate", "--phase", "post-client"), where)).run();
        assertThat(post.exitCode()).as(post.describe()).isEqualTo(1);
        assertThat(post.stdout()).as(post.describe()).contains("[ALREADY_MIGRATED] The apim_db database already has "
                + "the schema of WSO2AM_DB of a fresh API-M 4.0.0", "What to do: Nothing to migrate. Use `verify` to "
                + "check it.", "BLOCKED").doesNotContain("PRE_CLIENT_NOT_DONE").doesNotContain(runPreClient);

        RunnerProcess.Result repair = RunnerProcess.of(args(List.of("repair-api-uuid", "--dry-run"), where)).run();
        assertThat(repair.exitCode()).as(repair.describe()).isZero();
        assertThat(repair.stdout()).as(repair.describe()).contains("Would set 0 API_UUID(s) from the registry",
                "No two APIs share an API_UUID");
        assertThat(repair.output()).as(repair.describe()).doesNotContain("pre-client");

        RunnerProcess.Result verify = RunnerProcess.of(args(List.of("verify"), where)).run();
        assertThat(verify.exitCode()).as(verify.describe()).isZero();
        assertThat(verify.stdout()).as(verify.describe()).containsPattern("All \\d+ checks passed");

        for (RunnerProcess.Result r : List.of(post, repair, verify)) {
            assertThat(r.output()).as(r.describe()).doesNotContain(runPreClient);
        }
        assertThat(DatabaseState.of(am)).as("WSO2AM_DB at 4.0.0 after every command").isEqualTo(amBefore);
        assertThat(DatabaseState.of(shared)).as("SHARED_DB at 4.0.0 after every command").isEqualTo(sharedBefore);
    }

    private void refusedUnchanged(TestDatabase am, TestDatabase shared, String code, String state, String hint) {
        DatabaseState amBefore = DatabaseState.of(am);
        DatabaseState sharedBefore = DatabaseState.of(shared);
        List<String> where = List.of("--am-url", am.url(), "--am-user", am.user(), "--shared-url", shared.url(),
                "--shared-user", shared.user());

        RunnerProcess.Result preflight = RunnerProcess.of(args(List.of("preflight", "--registry-versioning",
                "skip"), where)).run();
        assertThat(preflight.exitCode()).as(preflight.describe()).isEqualTo(1);
        assertThat(preflight.stdout()).contains("[" + code + "]", state, "What to do:");

        RunnerProcess.Result migrate = RunnerProcess.of(args(List.of("migrate", "--phase", "pre-client",
                "--registry-versioning", "skip"), where)).run();
        assertThat(migrate.exitCode()).as(migrate.describe()).isEqualTo(1);
        assertThat(migrate.stdout()).contains("[" + code + "]", hint, "BLOCKED");
        assertThat(DatabaseState.of(am)).as("WSO2AM_DB after %s", code).isEqualTo(amBefore);
        assertThat(DatabaseState.of(shared)).as("SHARED_DB after %s", code).isEqualTo(sharedBefore);
    }

    @Test
    void wrongCredentialsAreRefusedWithoutShowingAnyPassword() {
        String right = CliDatabases.password();
        String wrong = CliDatabases.password();
        PasswordCheckingPostgres.OwnedDatabase am = PasswordCheckingPostgres.get().createDatabase(right);
        PasswordCheckingPostgres.OwnedDatabase shared = PasswordCheckingPostgres.get().createDatabase(right);
        ApimHome home = ApimHome.write(tmp, ApimHome.section("apim_db", am.url(), am.user(), "$secret{am}")
                + ApimHome.section("shared_db", shared.url(), shared.user(), right), false);

        RunnerProcess.Result refused = RunnerProcess.of("preflight", "--apim-home", home.home().toString())
                .env("APIM_MIGRATE_APIM_DB_PASSWORD", wrong).run();
        assertOneMessage(refused, 3, "The database of apim_db at " + am.url() + " refused the credentials (user '"
                + am.user() + "')", "APIM_MIGRATE_APIM_DB_PASSWORD");

        RunnerProcess.Result accepted = RunnerProcess.of("status", "--apim-home", home.home().toString())
                .env("APIM_MIGRATE_APIM_DB_PASSWORD", right).run();
        assertThat(accepted.exitCode()).as(accepted.describe()).isZero();
        assertThat(accepted.stdout()).contains("this toolkit has not run on apim_db");

        RunnerProcess.Result urlPassword = RunnerProcess.of("status", "--verbose", "--am-url", am.url() + "?user="
                + am.user() + "&password=" + right, "--shared-url", shared.url() + "?password=" + wrong
                + "&user=" + shared.user()).run();
        assertOneMessage(urlPassword, 3, "shared_db", "password=****");
        for (RunnerProcess.Result r : List.of(refused, accepted, urlPassword)) {
            assertThat(r.output()).as(r.describe()).doesNotContain(right).doesNotContain(wrong);
        }

        // no password at all: named as such, with the one variable that gives it (not "check host and port")
        RunnerProcess.Result none = RunnerProcess.of("status", "--am-url", am.url(), "--am-user", am.user(),
                "--shared-url", shared.url(), "--shared-user", shared.user()).run();
        assertOneMessage(none, 2, "No password was given for apim_db (user '" + am.user() + "')",
                "Set the environment variable APIM_MIGRATE_APIM_DB_PASSWORD");
        assertThat(none.stderr()).as(none.describe()).doesNotContain("host and port");
    }

    @Test
    void aUserWhoDoesNotOwnTheTablesLacksAPrivilegeAndIsStoppedBeforeAnyChange() {
        String password = CliDatabases.password();
        PasswordCheckingPostgres engine = PasswordCheckingPostgres.get();
        PasswordCheckingPostgres.OwnedDatabase am = engine.createDatabase(password);
        PasswordCheckingPostgres.OwnedDatabase shared = engine.createDatabase(password);
        engine.loadAsSuperuser(am, KnownSchema.AM_320);
        engine.loadAsSuperuser(shared, KnownSchema.SHARED_320);
        ApimHome home = ApimHome.write(tmp, ApimHome.section("apim_db", am.url(), am.user(), password)
                + ApimHome.section("shared_db", shared.url(), shared.user(), password), false);

        RunnerProcess.Result preflight = RunnerProcess.of("preflight", "--apim-home", home.home().toString(),
                "--registry-xml", home.registryXml().toString()).run();
        assertThat(preflight.exitCode()).as(preflight.describe()).isEqualTo(1);
        assertThat(preflight.stdout()).contains("privileges: MISSING OWNER on ", "[MISSING_PRIVILEGE]",
                "What to do: Grant them").doesNotContain(password);
    }

    @Test
    void unknownVendorOfAnOfflinePlanIsNamed() {
        RunnerProcess.Result r = RunnerProcess.of("plan", "--offline", "--vendor", "sybase").run();
        assertOneMessage(r, 2, "Unknown database vendor 'sybase'", "postgresql", "mysql");
        RunnerProcess.Result noVendor = RunnerProcess.of("plan", "--offline").run();
        assertOneMessage(noVendor, 2, "plan --offline needs --vendor");
    }

    private static List<String> args(List<String> command, List<String> where) {
        List<String> all = new ArrayList<>(command);
        all.addAll(where);
        return all;
    }

    private static RunnerProcess.Result run(List<RunnerProcess.Result> runs, String... args) {
        RunnerProcess.Result r = RunnerProcess.of(args).run();
        runs.add(r);
        return r;
    }

    /** The exit code, and one message on standard error that says what is wrong and what to do. */
    private static void assertOneMessage(RunnerProcess.Result r, int exitCode, String... says) {
        assertThat(r.exitCode()).as(r.describe()).isEqualTo(exitCode);
        assertThat(r.stderr().lines().filter(l -> l.startsWith("apim-migrate: "))).as(r.describe()).hasSize(1);
        assertThat(r.stderr()).as(r.describe()).contains("What to do: ").contains(says);
        if (!r.args().contains("--verbose")) {
            assertThat(r.stderr()).as("no stack trace without --verbose").doesNotContain("\tat ");
        }
    }

    /** The same vendor's URL, to a port where nothing listens. */
    private static String unreachableUrl(TestDatabase db) {
        return db.url().replaceFirst("//[^/]+/", "//127.0.0.1:1/");
    }
}
