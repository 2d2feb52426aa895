package org.apimmigrate.steps.common;

import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.api.dialect.Vendor;

/**
 * A step that can say, without any database, what it runs on a database that went the usual way: a fresh 3.2.0
 * schema before the migration client, the pre-client result after it. For printing a vendor's full scripts.
 */
public interface OfflinePlanning {

    /** The statements the step runs on the usual database of that vendor; data-dependent steps assume they run. */
    StepPlan offlinePlan(Vendor vendor, StepContext.MigrationOptions options);
}
