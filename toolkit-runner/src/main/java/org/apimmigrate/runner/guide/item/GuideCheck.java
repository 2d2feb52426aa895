package org.apimmigrate.runner.guide.item;

import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;

/** One item of the checklist: looks at the homes (and the databases' progress) and says where the step stands. */
public interface GuideCheck {

    /** Stable id, used in the JSON output and in {@code items.txt}. */
    String id();

    GuidePhase phase();

    /** The item's one line, from {@code items.txt}. */
    default String title(ItemTexts texts) {
        return texts.title(id());
    }

    /** Reads only; never changes a file or a database. */
    ChecklistItem check(GuideContext context);
}
