package org.apimmigrate.verify.timing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Where the test time goes: a test JVM's ten slowest test classes and its wall time since its first test, kept up to
 * date in {@code apim.timing.file} (the build sets {@code target/test-times/jvm-<n>.md}, one per test JVM, and prints
 * them after the integration tests); without that setting, printed once the tests are done. Failsafe runs one test
 * plan per class in a JVM it reuses, hence the running totals. Registered through {@code META-INF/services}.
 */
public final class SlowestClassesListener implements TestExecutionListener {

    static final int SHOWN = 10;

    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Map<String, Long> took = new ConcurrentHashMap<>();
    private long planStarted;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        if (planStarted == 0) {
            planStarted = System.nanoTime();
        }
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        className(id).ifPresent(c -> started.put(c, System.nanoTime()));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        className(id).ifPresent(c -> {
            Long start = started.remove(c);
            if (start != null) {
                took.merge(c, System.nanoTime() - start, Long::sum);
            }
        });
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (took.isEmpty()) {
            return;
        }
        String summary = summary(took, System.nanoTime() - planStarted);
        String file = System.getProperty("apim.timing.file");
        if (file == null) {
            System.out.println();
            System.out.print(summary);
        } else {
            try {
                Path out = Path.of(file);
                Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, summary);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The slowest classes, slowest first, then the wall time of the whole JVM's tests. */
    static String summary(Map<String, Long> nanosByClass, long wallNanos) {
        List<Map.Entry<String, Long>> slowest = new ArrayList<>(nanosByClass.entrySet());
        slowest.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        StringBuilder s = new StringBuilder("Slowest test classes of this test JVM:\n");
        for (Map.Entry<String, Long> e : slowest.subList(0, Math.min(SHOWN, slowest.size()))) {
            s.append(String.format(Locale.ROOT, "  %8.1f s  %s%n", e.getValue() / 1e9, e.getKey()));
        }
        s.append(String.format(Locale.ROOT, "Wall time of these tests: %.1f s (%d classes)%n", wallNanos / 1e9,
                nanosByClass.size()));
        return s.toString();
    }

    private static java.util.Optional<String> className(TestIdentifier id) {
        return id.getSource().filter(ClassSource.class::isInstance).map(s -> ((ClassSource) s).getClassName());
    }
}
