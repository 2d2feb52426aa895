package org.apimmigrate.verify.certification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apimmigrate.verify.engine.Engine;

/** What one engine of a vendor proved: every check with its figures, and how long each part took. */
public final class EngineCertification {

    private final String vendorId;
    private final String tier;
    private final String engine;
    private final String version;
    private final String dataSize;
    private final List<CheckResult> checks = new ArrayList<>();
    private final Map<String, Long> timingsMillis = new LinkedHashMap<>();

    EngineCertification(Engine engine, String dataSize) {
        this(engine, dataSize, "");
    }

    /** @param setup how the databases were set up beyond WSO2's set-up (a separate, named run); empty for WSO2's */
    EngineCertification(Engine engine, String dataSize, String setup) {
        this.vendorId = engine.vendorId();
        this.tier = engine.tier().name();
        this.engine = engine.describe() + (setup.isEmpty() ? "" : ", " + setup);
        this.version = engine.version();
        this.dataSize = dataSize;
    }

    void add(CheckResult check) {
        checks.add(check);
    }

    void timed(String what, long millis) {
        timingsMillis.put(what, millis);
    }

    public String vendorId() {
        return vendorId;
    }

    public String tier() {
        return tier;
    }

    public String engine() {
        return engine;
    }

    public String version() {
        return version;
    }

    public String dataSize() {
        return dataSize;
    }

    public List<CheckResult> checks() {
        return List.copyOf(checks);
    }

    public Map<String, Long> timingsMillis() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timingsMillis));
    }

    public boolean passed() {
        return !checks.isEmpty() && checks.stream().allMatch(CheckResult::passed);
    }

    List<CheckResult> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
