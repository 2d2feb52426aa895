package org.apimmigrate.runner.guide.checks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.files.FileTimes;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.GuidePhase;

/**
 * The guide's closing notes: customisations of the default sequences must be merged by hand into 4.0.0's, whose
 * fault sequences answer in JSON. A sequence changed after 3.2.0 was unpacked (by file time) needs a merge; it counts
 * as merged once the 4.0.0 file of that name was changed too.
 */
public final class SequencesCheck implements GuideCheck {

    /** The sequences the guide lists as changed to JSON responses in 4.0.0. */
    static final List<String> CHANGED_TO_JSON = List.of("_auth_failure_handler_.xml",
            "_backend_failure_handler_.xml", "_block_api_handler_.xml", "_graphql_failure_handler_.xml",
            "_threat_fault_.xml", "_throttle_out_handler_.xml", "_token_fault_.xml", "fault.xml", "main.xml");

    @Override
    public String id() {
        return "sequences-merge";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.FINISH;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this);
        Path oldDir = ctx.old().home().defaultSequences();
        Path newDir = ctx.newHome().defaultSequences();
        if (!Files.isDirectory(oldDir)) {
            return item.uncheckable("no default sequences in the 3.2.0 home (" + oldDir + ")");
        }
        Set<String> customised = FileTimes.changedAfterUnpacking(oldDir);
        if (customised.isEmpty()) {
            return item.done("judged by file times, no default sequence was changed after 3.2.0 was unpacked");
        }
        Set<String> changedNew = FileTimes.changedAfterUnpacking(newDir);
        List<String> pending = customised.stream().filter(n -> !changedNew.contains(n)).toList();
        if (pending.isEmpty()) {
            return item.done("customised in 3.2.0 and changed in 4.0.0 too (merged): " + String.join(", ", customised));
        }
        StringBuilder snippet = new StringBuilder("# merge each by hand; 4.0.0's fault sequences answer in JSON\n");
        pending.forEach(n -> snippet.append("diff ").append(oldDir.resolve(n)).append(' ').append(newDir.resolve(n))
                .append('\n'));
        List<String> described = pending.stream()
                .map(n -> CHANGED_TO_JSON.contains(n) ? n + " (changed to JSON in 4.0.0)" : n).toList();
        return item.fix(snippet.toString()).todo("customised in 3.2.0 (by file time), not yet merged into 4.0.0: "
                + String.join(", ", described));
    }
}
