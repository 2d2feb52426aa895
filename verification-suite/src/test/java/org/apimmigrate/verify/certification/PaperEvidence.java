package org.apimmigrate.verify.certification;

import java.util.List;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.schema.plan.PaperUpgrade;

/**
 * What was verified of a vendor without an engine: WSO2's real 3.2.0 for it planned to 4.0.0 on paper
 * ({@link PaperUpgrade}), run when the report is written. Only vendors with WSO2's schema facts have it.
 */
record PaperEvidence(String start, int differences, int blockers, int refusedStatements, int generatorsAdded,
                     int statements, List<String> details) {

    static final String SCOPE = "plan on paper only: WSO2's 3.2.0 schema for the vendor planned to 4.0.0 on a populated"
            + " database and applied on paper; no statement met the engine. Refused statements: the vendor's engine"
            + " rules, name limits and its statement splitter (statement syntax is checked by the unit tests).";

    private static final int MAX_DETAILS = 50;

    static List<PaperEvidence> of(String vendorId) {
        Vendor vendor = Vendors.require(vendorId);
        if (!KnownSchema.AM_320.hasOwnDump(vendor)) {
            return List.of();
        }
        return PaperUpgrade.run(vendor).stream().map(PaperEvidence::of).toList();
    }

    static PaperEvidence of(PaperUpgrade.Result r) {
        List<String> details = java.util.stream.Stream.of(
                r.differences().stream().map(d -> "difference: " + d),
                r.blockers().stream().map(Finding::message).map(m -> "blocker: " + m),
                r.refused().stream().map(d -> "refused: " + d),
                r.generatorsAdded().stream().map(d -> "generator added: " + d))
                .flatMap(s -> s).limit(MAX_DETAILS).toList();
        return new PaperEvidence(r.start(), r.differences().size(), r.blockers().size(), r.refused().size(),
                r.generatorsAdded().size(), r.changes(), details);
    }

    boolean clean() {
        return differences == 0 && blockers == 0 && refusedStatements == 0 && generatorsAdded == 0;
    }

    /** One line of figures, as the reports print them. */
    String figures() {
        return "planned end state vs WSO2's 4.0.0: differences " + differences + "; blockers " + blockers
                + "; refused statements " + refusedStatements + "; generators added " + generatorsAdded
                + " (" + statements + " statements planned)";
    }
}
