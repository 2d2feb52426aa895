package org.apimmigrate.steps.schema;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.schema.KnownSchema;

/**
 * Which schema a convergence step moves from and to, and which part of it the toolkit owns (the whole WSO2AM_DB, or
 * only the registry tables of SHARED_DB).
 */
public record SchemaScope(KnownSchema source, KnownSchema target, Predicate<String> ownedNames) {

    /** The owned part of a known schema, cut once per schema, owned names and vendor; handed out as copies. */
    private record Part(KnownSchema schema, Predicate<String> ownedNames, String vendorId) {
    }

    private static final Map<Part, SchemaModel> PARTS = new ConcurrentHashMap<>();

    public SchemaModel sourceModel(Vendor vendor) {
        return part(source, vendor);
    }

    public SchemaModel targetModel(Vendor vendor) {
        return part(target, vendor);
    }

    private SchemaModel part(KnownSchema schema, Vendor vendor) {
        return PARTS.computeIfAbsent(new Part(schema, ownedNames, vendor.id()),
                k -> schema.model(vendor).only(ownedNames)).copy();
    }

    public SchemaModel live(SchemaModel wholeLiveSchema) {
        return wholeLiveSchema.only(ownedNames);
    }
}
