package org.apimmigrate.fingerprint;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apimmigrate.api.schema.Table;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.schema.ToolkitTables;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.dialect.common.RawSql;
import org.apimmigrate.dialect.common.SchemaTables;
import org.apimmigrate.dialect.common.SqlResource;
import org.apimmigrate.dialect.common.SqlSections;
import org.apimmigrate.dialect.common.CurrentSchema;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Row count and content digest of every table of a database, computed by the database itself from the vendor's
 * {@code org/apimmigrate/fingerprint/<vendor>.sql}: one aggregate query per table, so no table is pulled into the
 * JVM. Before a phase, the digest covers the columns the table keeps in 4.0.0 (its own columns where 4.0.0 does not
 * know the table); after it, the same columns under their new names, so renamed columns compare value for value.
 */
public final class Fingerprinter {

    /** The option (in {@code MigrationOptions.enabledOptions}) that switches fingerprints off. */
    public static final String OFF = "no-fingerprint";

    /**
     * The digest recorded for a table whose rows the phase removes by design: no verdict compares such a table's
     * whole content (only its row count and the digest of the rows it must keep), so it is not computed.
     */
    public static final String ROWS_ONLY = "rows-only";

    /** The scheme of a vendor whose digests carry no scheme name. */
    private static final String NO_SCHEME = "";

    /** Tables fingerprinted by one query. */
    static final int TABLES_PER_QUERY = 50;

    /** The share of a database's estimated rows from which a table is fingerprinted by a query of its own. */
    static final double ALONE_SHARE = 0.01;

    private final Handle handle;
    private final Vendor vendor;
    private final SqlSections sql;
    private final Optional<Jdbi> second;
    /** The vendor's schemes, best first ({@code [schemes]}); {@link #NO_SCHEME} where its digests carry no name. */
    private final List<String> schemes;
    /** Per scheme, the JDBC types it hashes as they are (its {@code native-types}), read once. */
    private final Map<String, Set<Integer>> nativeTypes = new HashMap<>();

    private Fingerprinter(Handle handle, Vendor vendor, SqlSections sql, Optional<Jdbi> second) {
        this.handle = handle;
        this.vendor = vendor;
        this.sql = sql;
        this.second = second;
        this.schemes = sql.find("schemes").map(s -> List.of(s.get(0).strip().split("\\s+")))
                .orElse(List.of(NO_SCHEME));
        for (String scheme : schemes) {
            sql.find("native-types " + scheme).ifPresent(l -> nativeTypes.put(scheme, Stream.of(l.get(0)
                    .split("\\s+")).map(n -> JDBCType.valueOf(n).getVendorTypeNumber()).collect(Collectors.toSet())));
        }
    }

    /**
     * The same fingerprints, shared with a second connection from {@code jdbi} that digests side by side, each taking
     * the next of the tables (largest first by the catalog's row estimates) as it finishes one: one query scans on one
     * core, and a fingerprint is mostly scanning.
     */
    public Fingerprinter alongside(Jdbi jdbi) {
        return new Fingerprinter(handle, vendor, sql, Optional.of(jdbi));
    }

    /**
     * Reads WSO2's 4.0.0 model of SHARED_DB for the vendor in the background, while a phase's checks wait on the
     * database: every before-fingerprint reads it first, and its first read takes a few hundredths of a second, as long
     * as the scan of a small database. (WSO2AM_DB's model is needed for its tables only, and the checks of the steps
     * that change them read it first.) A read that fails here fails again, and is reported, where the fingerprint
     * reads it. Nothing where the vendor has no fingerprint SQL.
     */
    public static void readAhead(Vendor vendor) {
        if (SqlResource.find(resource(vendor)).isEmpty()) {
            return;
        }
        Thread reader = new Thread(() -> {
            try {
                KnownSchema.SHARED_400.expectedSnapshot(vendor);
            } catch (RuntimeException ignored) {
                // read again in the foreground, which reports it
            }
        }, "read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    /** Empty where this version of the toolkit has no fingerprint SQL for the vendor. */
    public static Optional<Fingerprinter> of(Handle handle, Vendor vendor) {
        return SqlResource.find(resource(vendor)).map(SqlSections::parse)
                .map(s -> new Fingerprinter(handle, vendor, s, Optional.empty()));
    }

    static String resource(Vendor vendor) {
        return "org/apimmigrate/fingerprint/" + vendor.id() + ".sql";
    }

    Vendor vendor() {
        return vendor;
    }

    /** Every table before a phase changes anything, and the rows of it the phase must keep as they were. */
    public List<TableFingerprint> before(Phase phase) {
        return before(phase, table -> true);
    }

    /** {@link #before} for the tables {@code which} accepts (by the catalog's name). */
    public List<TableFingerprint> before(Phase phase, Predicate<String> which) {
        return run(beforeDigests(phase, which));
    }

    /**
     * {@link #before}, with the tables outside {@code changed} (the only ones the phase's steps change) digested
     * alongside the steps: on a connection of their own from {@code jdbi}, in a snapshot that the vendor's {@code
     * [snapshot]} statements open before this returns, so they are digested as the phase found them whenever the
     * digest runs. The tables in {@code changed} are digested now; all of them where the vendor has no {@code
     * [snapshot]}. Where the vendor's {@code [held snapshot]} opens it, the others are also locked against writes
     * until {@link Alongside#hold} is released, unless a session waits for that lock first.
     *
     * @param executor  runs the digest alongside; it owns the connection until done, and closes it
     */
    public Alongside beforeAlongside(Phase phase, Set<String> changed, Jdbi jdbi, Executor executor) {
        return beforeAlongside(phase, changed, jdbi, executor, CompletableFuture.completedFuture(null));
    }

    /**
     * {@link #beforeAlongside(Phase, Set, Jdbi, Executor)} with the digest held back until {@code start} completes
     * (the snapshot is taken before this returns all the same): the caller's signal that the steps leave a core free.
     * Whoever waits for the digest completes {@code start} first; this does so itself where it fails. A session that
     * waits for one of the snapshot's locks meanwhile starts it at once ({@link WriteHold#awaitStart}).
     */
    public Alongside beforeAlongside(Phase phase, Set<String> changed, Jdbi jdbi, Executor executor,
                                     CompletableFuture<Void> start) {
        Set<String> upper = changed.stream().map(t -> t.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        List<Digest> all = beforeDigests(phase, table -> true);
        Map<Boolean, List<Digest>> byChange = all.stream().collect(Collectors.partitioningBy(d -> upper.contains(
                d.table().toUpperCase(Locale.ROOT))));
        List<Digest> now = byChange.get(true);
        List<Digest> later = byChange.get(false);
        Optional<List<String>> snapshot = sql.find("snapshot");
        if (later.isEmpty() || snapshot.isEmpty()) {
            return new Alongside(run(all), CompletableFuture.completedFuture(List.of()), WriteHold.none());
        }
        Handle apart = jdbi.open();
        String heldTable = sql.find("held table").map(l -> l.get(0)).orElse("${table}");
        Map<String, String> slots = Map.of("tables", later.stream().map(d -> quoted(d.table()))
                .collect(Collectors.joining(", ")), "heldTables", later.stream().map(d -> SqlResource.fill(heldTable,
                Map.of("table", quoted(d.table())))).collect(Collectors.joining(", ")));
        boolean holding;
        try {
            holding = openHeld(apart, slots);
            if (!holding) {
                snapshot.get().forEach(statement -> apart.execute(SqlResource.fill(statement, slots)));
            }
        } catch (RuntimeException e) {
            throw withAlso(e, () -> {
                try (apart) {
                    endSnapshot(apart);
                }
            });
        }
        WriteHold hold = holding ? new WriteHold() : WriteHold.none();
        Runnable end = holding ? () -> endHeld(apart) : () -> endSnapshot(apart);
        CompletableFuture<List<TableFingerprint>> rest = new CompletableFuture<>();
        // where the vendor cannot tell who waits for the snapshot's locks, the digest does not wait for its start
        Optional<String> waiters = sql.find("held waiters").map(l -> l.get(0));
        executor.execute(() -> {
            boolean held = false;
            // the transaction ends before the connection goes back to a pool, also where the digest failed
            try (apart) {
                waiters.ifPresent(w -> WriteHold.awaitStart(apart, start, w));
                held = closingAfter(() -> {
                    rest.complete(inOrder(later, run(apart, later)));
                    return holding && hold.holdOn(apart, waiters.orElseThrow());
                }, end);
            } catch (RuntimeException e) {
                rest.completeExceptionally(e);
            } finally {
                if (holding) {
                    hold.ended(held);
                }
            }
        });
        try {
            return new Alongside(run(now), rest, hold);
        } catch (RuntimeException e) {
            // the connection alongside is closed by its own digest: wait for it, and report this failure
            // the start first: the release waits for the digest's end, which waits for its start
            throw withAlso(e, () -> {
                start.complete(null);
                hold.release();
                rest.join();
            });
        }
    }

    /**
     * Opens the snapshot with the vendor's {@code [held snapshot]} statements, which also lock the tables against
     * writes ({@link WriteHold}); false where the vendor has none or they fail (a session writes one of the tables
     * now), and the connection is then as before.
     */
    private boolean openHeld(Handle on, Map<String, String> slots) {
        Optional<List<String>> held = sql.find("held snapshot");
        if (held.isEmpty() || sql.find("held waiters").isEmpty()) {
            return false;
        }
        try {
            held.get().forEach(statement -> on.execute(SqlResource.fill(statement, slots)));
            return true;
        } catch (RuntimeException e) {
            endHeld(on);
            return false;
        }
    }

    /** Ends a {@code [held snapshot]}, by its own {@code [held snapshot done]} where the vendor has one. */
    private void endHeld(Handle on) {
        sql.find("held snapshot done").ifPresentOrElse(l -> l.forEach(on::execute), () -> endSnapshot(on));
    }

    private void endSnapshot(Handle on) {
        sql.find("snapshot done").ifPresent(l -> l.forEach(on::execute));
    }

    /**
     * A before-fingerprint in two parts: the tables the phase changes, and the others, still being digested; {@code
     * hold} keeps those others from being written until released.
     */
    public record Alongside(List<TableFingerprint> now, CompletableFuture<List<TableFingerprint>> later,
                            WriteHold hold) {
    }

    private List<Digest> beforeDigests(Phase phase, Predicate<String> which) {
        Map<String, Map<String, ColumnType>> tables = tables();
        tables.keySet().removeIf(which.negate());
        String scheme = schemeOnThisServer();
        Map<String, Set<String>> target = columnsIn400(vendor, tables.keySet());
        List<Digest> digests = new ArrayList<>();
        tables.forEach((table, columns) -> {
            Set<String> columns400 = target.get(table.toUpperCase(Locale.ROOT));
            List<String> kept = columns.keySet().stream().filter(c -> columns400 == null || columns400.contains(
                    ByDesign.renamed(phase, table, c).toUpperCase(Locale.ROOT))).toList();
            List<String> covered = kept.isEmpty() ? List.copyOf(columns.keySet()) : kept;
            Optional<ByDesign.Removal> removal = ByDesign.removal(phase, table);
            Optional<String> subset = removal.flatMap(ByDesign.Removal::keptRows);
            digests.add(new Digest(table, subset, covered, columns, Optional.of(scheme), removal.isEmpty()));
        });
        return digests;
    }

    /**
     * Per table of WSO2's 4.0.0 among {@code tables}, its columns, upper case. The shared database's model is read
     * first, WSO2AM_DB's only where a table is not in it (reading a model costs a tenth of a second the first time,
     * more than a small database's fingerprint); a table in both takes the shared database's columns.
     */
    private static Map<String, Set<String>> columnsIn400(Vendor vendor, Set<String> tables) {
        Set<String> wanted = tables.stream().map(t -> t.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, Set<String>> out = new HashMap<>();
        for (KnownSchema known : List.of(KnownSchema.SHARED_400, KnownSchema.AM_400)) {
            if (out.keySet().containsAll(wanted)) {
                break;
            }
            for (Table t : known.model(vendor).tables()) {
                out.putIfAbsent(t.name().toUpperCase(Locale.ROOT), t.columns().stream()
                        .map(c -> c.name().toUpperCase(Locale.ROOT)).collect(Collectors.toSet()));
            }
        }
        return out;
    }

    /** The same tables, rows and columns (under their new names) once the phase finished; a table gone is left out. */
    public List<TableFingerprint> after(Phase phase, List<TableFingerprint> before) {
        return after(phase, before, Set.of());
    }

    /**
     * {@link #after}, where the tables in {@code held} (by the catalog's name) were locked against writes from before
     * their before-fingerprint until now ({@link WriteHold}): theirs is the before-fingerprint, not taken again.
     */
    public List<TableFingerprint> after(Phase phase, List<TableFingerprint> before, Set<String> held) {
        Map<String, Map<String, ColumnType>> tables = tables();
        List<Digest> digests = new ArrayList<>();
        List<TableFingerprint> unchanged = new ArrayList<>();
        for (TableFingerprint b : before) {
            Map<String, ColumnType> columns = tables.get(b.table());
            if (columns != null && held.contains(b.table())) {
                unchanged.add(b);
                continue;
            }
            if (columns == null || !b.whole()) {
                continue;
            }
            List<String> now = b.columns().stream().map(c -> ByDesign.renamed(phase, b.table(), c))
                    .filter(columns::containsKey).toList();
            Optional<TableFingerprint> kept = before.stream().filter(x -> !x.whole() && x.table().equals(b.table()))
                    .findFirst();
            // the kept rows' digest is the one compared where the whole table's was not taken
            String compared = kept.filter(k -> ROWS_ONLY.equals(b.digest())).map(TableFingerprint::digest)
                    .orElse(b.digest());
            digests.add(new Digest(b.table(), kept.map(TableFingerprint::subset), now, columns, schemeOf(compared),
                    !ROWS_ONLY.equals(b.digest()) && ByDesign.removal(phase, b.table()).isEmpty()));
        }
        return Stream.concat(run(digests).stream(), unchanged.stream()).toList();
    }

    /**
     * One table's digest to take: the whole table's and, where a subset is given, that of the rows it selects, in one
     * scan.
     *
     * @param scheme  the hash scheme to take it with ({@link #NO_SCHEME} for the vendor's only one); empty for the
     *                 hash fingerprints without a scheme were taken with
     * @param content  false where only the row count (and the kept rows' digest) is compared: {@link #ROWS_ONLY}
     */
    private record Digest(String table, Optional<String> subset, List<String> columns, Map<String, ColumnType> types,
                          Optional<String> scheme, boolean content) {
    }

    /**
     * The digests in their order: on one connection, or where there are parts to share, on two side by side, each
     * taking the next part as it finishes one (so a table whose estimate was stale, e.g. emptied by the phase, holds
     * up neither).
     */
    private List<TableFingerprint> run(List<Digest> digests) {
        Optional<Deque<List<Digest>>> parts = second.flatMap(jdbi -> parts(digests));
        if (parts.isEmpty()) {
            return inOrder(digests, run(handle, digests));
        }
        Deque<List<Digest>> queue = parts.get();
        // each connection starts on a part of its own, so both take part whenever there are two
        List<Digest> mine = queue.poll();
        List<Digest> theirsFirst = queue.poll();
        Map<Digest, List<TableFingerprint>> prints = new IdentityHashMap<>();
        ExecutorService other = Executors.newSingleThreadExecutor(r -> new Thread(r, "fingerprint"));
        try {
            Future<Map<Digest, List<TableFingerprint>>> theirs = other.submit(() -> second.get()
                    .withHandle(h -> sideBySide(h, theirsFirst, queue)));
            prints.putAll(sideBySide(handle, mine, queue));
            prints.putAll(theirs.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fingerprinting", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            queue.clear();
            other.shutdownNow();
        }
        return inOrder(digests, prints);
    }

    private static List<TableFingerprint> inOrder(List<Digest> digests, Map<Digest, List<TableFingerprint>> prints) {
        return digests.stream().flatMap(d -> prints.get(d).stream()).toList();
    }

    /**
     * {@link #drain} on one of two connections, set up for it by the vendor's {@code [side by side]} statements and
     * put back by its {@code [side by side done]} ones (the connection is the session's, or goes back to a pool).
     */
    private Map<Digest, List<TableFingerprint>> sideBySide(Handle on, List<Digest> first, Deque<List<Digest>> queue) {
        sql.find("side by side").ifPresent(l -> l.forEach(on::execute));
        return closingAfter(() -> drain(on, first, queue), () -> setBack(on));
    }

    /**
     * {@code work}, then {@code closing} whether it failed or not: the work's failure is the one reported, with the
     * closing's attached (on a connection that broke, closing fails too).
     */
    private static <T> T closingAfter(Supplier<T> work, Runnable closing) {
        T out;
        try {
            out = work.get();
        } catch (RuntimeException e) {
            throw withAlso(e, closing);
        }
        closing.run();
        return out;
    }

    /** {@code failure}, once {@code then} ran; where that fails too, its failure is attached. */
    private static RuntimeException withAlso(RuntimeException failure, Runnable then) {
        try {
            then.run();
        } catch (RuntimeException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
        return failure;
    }

    private void setBack(Handle on) {
        sql.find("side by side done").ifPresent(l -> l.forEach(on::execute));
    }

    /** {@code first}, then parts from the queue until none is left. */
    private Map<Digest, List<TableFingerprint>> drain(Handle on, List<Digest> first, Deque<List<Digest>> queue) {
        Map<Digest, List<TableFingerprint>> out = new IdentityHashMap<>(run(on, first));
        for (List<Digest> part = queue.poll(); part != null; part = queue.poll()) {
            out.putAll(run(on, part));
        }
        return out;
    }

    /**
     * The digests in parts for two connections, costliest first by the catalog's row estimates weighed by the work per
     * row ({@link #work}): a table with at least a hundredth ({@value #ALONE_SHARE}) of the estimated work is a part of
     * its own, the others go in parts of several tables (a round trip per small table would cost more than its scan),
     * at least two. Empty where the vendor has no estimates or there is only one table.
     */
    private Optional<Deque<List<Digest>>> parts(List<Digest> digests) {
        Optional<String> estimates = sql.find("estimates").map(q -> q.get(0));
        if (estimates.isEmpty() || digests.size() < 2) {
            return Optional.empty();
        }
        Map<String, Long> byName = new HashMap<>();
        handle.createQuery(estimates.get()).map((rs, ctx) -> byName.put(rs.getString(1).toUpperCase(Locale.ROOT),
                Math.max(0, rs.getLong(2)))).list();
        Map<Digest, Long> cost = new IdentityHashMap<>();
        digests.forEach(d -> cost.put(d, byName.getOrDefault(d.table().toUpperCase(Locale.ROOT), 0L) * work(d)));
        double total = cost.values().stream().mapToLong(Long::longValue).sum();
        Deque<List<Digest>> parts = new ConcurrentLinkedDeque<>();
        List<Digest> small = new ArrayList<>();
        digests.stream().sorted(Comparator.comparingLong(cost::get).reversed()).forEach(d -> {
            if (cost.get(d) > 0 && cost.get(d) >= ALONE_SHARE * total) {
                parts.add(List.of(d));
            } else {
                small.add(d);
            }
        });
        int size = Math.max(1, Math.min(TABLES_PER_QUERY, (small.size() + 1) / 2));
        for (int from = 0; from < small.size(); from += size) {
            parts.add(small.subList(from, Math.min(from + size, small.size())));
        }
        return Optional.of(parts);
    }

    /**
     * The work per row of a digest, in halves of a row counted: hashing a value costs about half as much as counting
     * its row, and a kept subset's condition about as much as the count (measured on the registry's tables at 500,000
     * rows: counting took 0.1 µs a row, hashing 7 values 0.34 µs, 13 values 0.6 to 1 µs). Sharing tables by rows
     * alone left the costliest table, with few rows but many columns, for last.
     */
    private static long work(Digest d) {
        return 2L + (d.content() ? d.columns().size() : 0) + (d.subset().isPresent() ? 2 : 0);
    }

    /**
     * The digests, {@value #TABLES_PER_QUERY} tables to a query (UNION ALL of one aggregate per table, each its own
     * scan): a query per table costs a round trip each, which is most of the time on a database of small tables.
     */
    private Map<Digest, List<TableFingerprint>> run(Handle on, List<Digest> digests) {
        Map<Digest, List<TableFingerprint>> out = new IdentityHashMap<>();
        for (int from = 0; from < digests.size(); from += TABLES_PER_QUERY) {
            List<Digest> chunk = digests.subList(from, Math.min(from + TABLES_PER_QUERY, digests.size()));
            List<String> branches = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                branches.add(query(i, chunk.get(i)));
            }
            RawSql.query(on, String.join("\nUNION ALL\n", branches)).map((rs, ctx) -> {
                Digest d = chunk.get(rs.getInt(1));
                String prefix = d.scheme().filter(s -> !s.equals(NO_SCHEME)).map(s -> s + ":").orElse("");
                List<TableFingerprint> prints = new ArrayList<>();
                prints.add(new TableFingerprint(d.table(), "", d.columns(), rs.getLong(2),
                        d.content() ? prefix + rs.getString(3) : ROWS_ONLY));
                if (d.subset().isPresent()) {
                    prints.add(new TableFingerprint(d.table(), d.subset().get(), d.columns(), rs.getLong(4),
                            prefix + rs.getString(5)));
                }
                return Map.entry(d, prints);
            }).list().forEach(e -> out.put(e.getKey(), e.getValue()));
            for (Digest d : chunk) {
                if (!out.containsKey(d)) {
                    throw new IllegalStateException("No fingerprint came back for " + d.table());
                }
            }
        }
        return out;
    }

    private String query(int branch, Digest d) {
        String scheme = d.scheme().orElse(NO_SCHEME);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < d.columns().size(); i++) {
            String c = d.columns().get(i);
            // the position lets a scheme that hashes each value on its own tell which column a value came from
            parts.add(SqlResource.fill(columnTemplate(d.types().get(c), scheme), Map.of("column", quoted(c),
                    "position", Integer.toString(i + 1))));
        }
        String separator = " " + section("separator", scheme) + " ";
        Map<String, String> slots = new HashMap<>(Map.of("columns", String.join(separator, parts)));
        // where a scheme joins values without marking NULLs, it appends which of them are NULL
        sql.find("null " + scheme).ifPresent(n -> slots.put("nulls", String.join(separator, d.columns().stream()
                .map(c -> SqlResource.fill(n.get(0), Map.of("column", quoted(c)))).toList())));
        String row = SqlResource.fill(section("row", scheme), slots);
        String hash = SqlResource.fill(d.scheme().isPresent() ? section("hash", scheme)
                : sql.require("hash-legacy").get(0), Map.of("row", row));
        String kept = SqlResource.fill(sql.require(d.subset().isPresent() ? "kept" : "nothing-kept").get(0),
                Map.of("subset", d.subset().orElse(""), "hash", hash));
        String content = d.content() ? SqlResource.fill(sql.require("content").get(0), Map.of("hash", hash))
                : sql.require("rows-only").get(0);
        return SqlResource.fill(sql.require("digest").get(0), Map.of("branch", Integer.toString(branch),
                "content", content, "kept", kept, "table", quoted(d.table())));
    }

    /**
     * Which column template a column of this JDBC type takes: {@code column-binary} for binary values, {@code
     * column-native} for the types a scheme hashes as they are (listed in its {@code native-types}), else {@code
     * column}.
     */
    private String column(ColumnType type, String scheme) {
        if (type != null && binary(type.jdbc())) {
            return "column-binary";
        }
        return type != null && nativeTypes.getOrDefault(scheme, Set.of()).contains(type.jdbc()) ? "column-native"
                : "column";
    }

    /**
     * The template for a column: the scheme's own for the database's name of its type ({@code [column-native scheme
     * int4]}, where the type has a hash function callable on it), else the scheme's for its kind of column. By the
     * database's name, not the JDBC type: a driver may report one JDBC type for types its database hashes apart (a
     * timestamp with and without time zone).
     */
    private String columnTemplate(ColumnType type, String scheme) {
        String kind = column(type, scheme);
        Optional<List<String>> own = scheme.equals(NO_SCHEME) || type == null ? Optional.empty()
                : sql.find(kind + " " + scheme + " " + type.name());
        return own.map(l -> l.get(0)).orElseGet(() -> section(kind, scheme));
    }

    /** A scheme's own section ({@code [key scheme]}), else the one the vendor's schemes share ({@code [key]}). */
    private String section(String key, String scheme) {
        return (scheme.equals(NO_SCHEME) ? sql.require(key) : sql.require(key + " " + scheme, key)).get(0);
    }

    /** The best scheme this server can hash with: the first whose {@code [available scheme]} query, if any, finds. */
    private String schemeOnThisServer() {
        return schemes.stream().filter(s -> sql.find("available " + s).map(q -> handle.createQuery(q.get(0))
                .mapTo(Long.class).one() > 0).orElse(true)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No fingerprint hash this server can compute"));
    }

    /**
     * The scheme a recorded digest was taken with, named in its prefix; a digest without one was taken with the hash
     * before schemes were named (kept as {@code hash-legacy} where it differs), empty here.
     */
    private Optional<String> schemeOf(String digest) {
        if (schemes.equals(List.of(NO_SCHEME))) {
            return Optional.of(NO_SCHEME);
        }
        Optional<String> named = schemes.stream().filter(s -> digest.startsWith(s + ":")).findFirst();
        return named.isPresent() || sql.find("hash-legacy").isPresent() ? named : Optional.of(schemes.get(0));
    }

    /** As the catalog spells it, quoted: some WSO2 columns are reserved words (e.g. VALUE). */
    private String quoted(String name) {
        return SqlResource.fill(sql.require("identifier").get(0), Map.of("name", name));
    }

    private static boolean binary(int type) {
        return Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB).contains(type);
    }

    /** A column's JDBC type and the database's own name for its type. */
    private record ColumnType(int jdbc, String name) {
    }

    /** The database's tables but this toolkit's own, each with its columns and their JDBC types, as it names them. */
    private Map<String, Map<String, ColumnType>> tables() {
        try {
            Connection c = handle.getConnection();
            DatabaseMetaData md = c.getMetaData();
            Set<String> names = new TreeSet<>();
            SchemaTables.names(handle).stream().filter(name -> !ToolkitTables.owns(name)).forEach(names::add);
            // one catalog read for every column of the schema (JDBC orders them by table and position): a read per
            // table costs a round trip each
            Map<String, Map<String, ColumnType>> columns = new java.util.HashMap<>();
            try (ResultSet rs = md.getColumns(c.getCatalog(), CurrentSchema.of(c), "%", "%")) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getString("TABLE_NAME"), t -> new LinkedHashMap<>())
                            .put(rs.getString("COLUMN_NAME"), new ColumnType(rs.getInt("DATA_TYPE"),
                                    rs.getString("TYPE_NAME")));
                }
            }
            Map<String, Map<String, ColumnType>> out = new LinkedHashMap<>();
            names.forEach(name -> out.put(name, columns.getOrDefault(name, new LinkedHashMap<>())));
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the catalog: " + e.getMessage(), e);
        }
    }
}
