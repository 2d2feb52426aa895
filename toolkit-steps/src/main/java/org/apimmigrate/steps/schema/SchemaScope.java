package org.apimmigrate.steps.schema;

import java.util.function.Predicate;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.schema.KnownSchema;

/**
 * Which schema a convergence step moves from and to, and which part of it the toolkit owns (the whole WSO2AM_DB, or
 * only the registry tables of SHARED_DB).
 */
public record SchemaScope(KnownSchema source, KnownSchema target, Predicate<String> ownedNames) {

    public SchemaModel sourceModel(Vendor vendor) {
        return source.model(vendor).only(ownedNames);
    }

    public SchemaModel targetModel(Vendor vendor) {
        return target.model(vendor).only(ownedNames);
    }

    public SchemaModel live(SchemaModel wholeLiveSchema) {
        return wholeLiveSchema.only(ownedNames);
    }
}
