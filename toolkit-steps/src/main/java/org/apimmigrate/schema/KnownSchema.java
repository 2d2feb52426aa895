package org.apimmigrate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.dialect.common.SqlResource;

/**
 * The four real schemas the upgrade moves between, as models per vendor. A vendor with WSO2's schema in its own
 * vocabulary ({@code org/apimmigrate/schema/<vendor>/<name>.txt}, the facts: a catalog dump, or WSO2's script read
 * as the engine runs it) uses it; where WSO2's script cannot run as written on the engine, the vendor's
 * {@code <name>.amendments.txt} says what takes the place of the lines the engine refuses. A vendor without its own
 * facts translates the canonical model (the catalog vocabulary of the vendor whose
 * {@link Vendor#canonicalVocabulary()} is true).
 */
public enum KnownSchema {
    AM_320("am320", "WSO2AM_DB of API-M 3.2.0 (carbon-apimgt 6.7.206)"),
    AM_400("am400", "WSO2AM_DB of a fresh API-M 4.0.0 (carbon-apimgt 9.0.174)"),
    SHARED_320("shared460", "SHARED_DB of API-M 3.2.0 (carbon-kernel 4.6.0)"),
    SHARED_400("shared462", "SHARED_DB of a fresh API-M 4.0.0 (carbon-kernel 4.6.2)");


    private final String resourceName;
    private final String description;

    KnownSchema(String resourceName, String description) {
        this.resourceName = resourceName;
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The canonical model: the catalog dump of the real schema in the canonical vocabulary. */
    public Snapshot canonical() {
        return Snapshot.fromResource(path(canonicalVendor().id(), ".txt"));
    }

    private static Vendor canonicalVendor() {
        return Vendors.all().stream().filter(Vendor::canonicalVocabulary).findFirst()
                .orElseThrow(() -> new IllegalStateException("No vendor speaks the canonical vocabulary"));
    }

    /** True when the vendor has its own facts of this schema rather than a translation. */
    public boolean hasOwnDump(Vendor vendor) {
        return KnownSchema.class.getClassLoader().getResource(path(vendor.id(), ".txt")) != null;
    }

    /** WSO2's schema for the vendor exactly as the facts hold it, before any amendment. */
    public Snapshot facts(Vendor vendor) {
        return Snapshot.fromResource(path(vendor.id(), ".txt"));
    }

    /**
     * The schema in the vendor's own vocabulary: its facts with their amendments, or the canonical translated. Each
     * call returns a copy of its own of the model read once per schema and vendor (reading it costs more than a
     * command's own work on a small database), so a caller may change it.
     */
    public SchemaModel model(Vendor vendor) {
        return known(vendor).model().copy();
    }

    /** The snapshot a freshly loaded schema of this kind shows on the vendor's catalog. */
    public Snapshot expectedSnapshot(Vendor vendor) {
        return known(vendor).snapshot();
    }

    /** A model read once, never handed out itself, and its snapshot (immutable). */
    private record Read(SchemaModel model, Snapshot snapshot) {
    }

    private static final Map<String, Read> READ = new ConcurrentHashMap<>();

    private Read known(Vendor vendor) {
        return READ.computeIfAbsent(name() + "/" + vendor.id(), k -> {
            SchemaModel model = read(vendor);
            return new Read(model, model.toSnapshot());
        });
    }

    private SchemaModel read(Vendor vendor) {
        if (hasOwnDump(vendor)) {
            return SchemaModel.of(amend(facts(vendor), amendments(vendor)));
        }
        return vendor.translator().translate(SchemaModel.of(canonical()));
    }

    /** Lines of the facts replaced where the engine refuses WSO2's script as written: removed, then added. */
    public record Amendments(List<SnapshotLine> removed, List<SnapshotLine> added) {
        public boolean isEmpty() {
            return removed.isEmpty() && added.isEmpty();
        }
    }

    public Amendments amendments(Vendor vendor) {
        Optional<String> text = SqlResource.find(path(vendor.id(), ".amendments.txt"));
        List<SnapshotLine> removed = new ArrayList<>();
        List<SnapshotLine> added = new ArrayList<>();
        text.orElse("").lines().map(String::strip).filter(l -> l.startsWith("- ") || l.startsWith("+ "))
                .forEach(l -> (l.startsWith("-") ? removed : added).add(SnapshotLine.parse(l.substring(2))));
        return new Amendments(List.copyOf(removed), List.copyOf(added));
    }

    private static Snapshot amend(Snapshot facts, Amendments amendments) {
        if (amendments.isEmpty()) {
            return facts;
        }
        TreeSet<SnapshotLine> lines = new TreeSet<>(facts.lines());
        for (SnapshotLine gone : amendments.removed()) {
            if (!lines.remove(gone)) {
                throw new IllegalStateException("An amendment removes a line the facts do not have: " + gone);
            }
        }
        lines.addAll(amendments.added());
        return new Snapshot(lines);
    }

    private String path(String vendorId, String suffix) {
        return "org/apimmigrate/schema/" + vendorId + "/" + resourceName + suffix;
    }
}
