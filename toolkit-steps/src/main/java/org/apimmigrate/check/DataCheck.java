package org.apimmigrate.check;

import java.util.ArrayList;
import java.util.List;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.fingerprint.DataComparison;
import org.apimmigrate.fingerprint.FingerprintStore;
import org.apimmigrate.fingerprint.Moment;
import org.apimmigrate.fingerprint.TableVerdict;
import org.jdbi.v3.core.Handle;

/**
 * Nothing lost: per phase, each table's fingerprint before against after (recorded by {@code migrate}); a table may
 * only be unchanged, changed as the phase says, or have rows removed by design.
 */
public final class DataCheck {

    private DataCheck() {
    }

    /** The phases recorded in this database, compared. */
    public static List<DataComparison> compare(Handle h) {
        List<DataComparison> out = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            out.add(DataComparison.of(phase, FingerprintStore.read(h, phase, Moment.BEFORE),
                    FingerprintStore.read(h, phase, Moment.AFTER)));
        }
        return out;
    }

    static List<CheckResult> checks(DatabaseRole role, List<DataComparison> phases) {
        List<CheckResult> out = new ArrayList<>();
        for (DataComparison c : phases) {
            if (!c.recorded()) {
                continue;
            }
            List<String> problems = c.unexpected().stream().map(DataCheck::describe).toList();
            out.add(CheckResult.of("data." + c.phase().cliName() + "." + role.tomlName(), "Nothing lost in "
                    + role.tomlName() + " by phase " + c.phase().cliName() + ": every table unchanged, changed only as "
                    + "the phase says, or rows removed by design", role, problems));
        }
        return out;
    }

    private static String describe(TableVerdict t) {
        return t.table() + ": " + t.verdict() + ", " + t.detail();
    }
}
