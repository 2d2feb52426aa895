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
 * Where the test time goes: when a test JVM is done, prints its ten slowest test classes and its wall time, and
 * writes them to {@code apim.timing.file} where that is set (the build sets {@code target/test-times/jvm-<n>.md}, one per test JVM).
 * Registered through {@code META-INF/services}, so {@code mvn -B verify} shows it without another command.
 */
public final class SlowestClassesListener implements TestExecutionListener {

    static final int SHOWN = 10;

    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Map<String, Long> took = new ConcurrentHashMap<>();
    private long planStarted;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        planStarted = System.nanoTime();
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
        System.out.println();
        System.out.print(summary);
        String file = System.getProperty("apim.timing.file");
        if (file != null) {
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
