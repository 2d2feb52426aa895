package org.apimmigrate.dialect.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every vendor tells who blocks a waiting statement, each query taking exactly the waiting session's id; on H2
 * 1.4.199 (the engine at hand here) a row-lock wait is seen with its blocker and table, and the session setup makes a
 * statement wait longer than H2's 1 s default, so a watch has something to see.
 */
class LockWaitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "mssql", "oracle", "db2", "h2"})
    void everyVendorHasTheQueriesWithTheWaitingSessionAsTheirOneParameter(String id) {
        Vendor vendor = Vendors.require(id);
        assertThat(LockWaits.of(vendor)).as(id).isPresent();
        String resource = vendor.getClass().getPackageName().replace('.', '/') + "/lock-waits.sql";
        NamedSql sql = NamedSql.parse(resource, SqlResource.read(resource));
        assertThat(new ColonPrefixSqlParser().parse(sql.get("session-id"), null).getParameters()
                .getParameterNames()).isEmpty();
        for (String name : List.of("blockers", "blockers-2", "blockers-3", "blockers-4")) {
            sql.find(name).ifPresent(text -> assertThat(new ColonPrefixSqlParser().parse(text, null).getParameters()
                    .getParameterNames()).as(id + " " + name).containsOnly("waiting"));
        }
    }

    @Test
    void anH2RowLockWaitNamesTheBlockingSessionAndTable() throws Exception {
        LockWaits waits = LockWaits.of(Vendors.require("h2")).orElseThrow();
        Jdbi jdbi = Jdbi.create("jdbc:h2:mem:lock-waits;DB_CLOSE_DELAY=-1");
        try (Handle holder = jdbi.open(); Handle working = jdbi.open(); Handle watcher = jdbi.open()) {
            holder.execute("CREATE TABLE AM_API (API_ID INT PRIMARY KEY)");
            holder.execute("INSERT INTO AM_API VALUES (1)");
            Object workingId = waits.prepare(working);
            Object holderId = holder.createQuery("SELECT SESSION_ID()").mapTo(Integer.class).one();
            assertThat(waits.blockers(watcher, workingId)).as("nothing waits yet").isEmpty();

            holder.begin();
            holder.execute("UPDATE AM_API SET API_ID = API_ID");
            CompletableFuture<Integer> delete = CompletableFuture.supplyAsync(() -> working.execute(
                    "DELETE FROM AM_API"));
            List<LockWaits.Blocker> seen = List.of();
            for (int i = 0; i < 100 && seen.isEmpty(); i++) {
                Thread.sleep(50);
                seen = waits.blockers(watcher, workingId);
            }
            Thread.sleep(1500); // past H2's own 1 s: the session setup keeps the statement waiting
            assertThat(delete).as("still waiting after H2's default lock timeout").isNotDone();
            holder.rollback();

            assertThat(delete.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(seen).singleElement().satisfies(b -> {
                assertThat(b.table()).isEqualTo("AM_API");
                assertThat(b.who()).startsWith("session " + holderId + " of user");
                assertThat(b.running()).contains("no statement now, a transaction open");
                assertThat(b.describe()).startsWith("a lock on AM_API held by session " + holderId);
            });
        }
    }
}
