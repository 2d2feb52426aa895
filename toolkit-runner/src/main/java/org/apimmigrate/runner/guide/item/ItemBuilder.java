package org.apimmigrate.runner.guide.item;

import org.apimmigrate.runner.report.ItemVerdict;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.fix.Fix;

/**
 * Builds a check's item of the report: the check's id, title and phase, plus the verdict it reached. A safe repair
 * it offers for an open item is handed to the context, for {@code --fix}.
 */
public final class ItemBuilder {

    private final GuideCheck check;
    private final GuideContext context;
    private String snippet = "";
    private Fix fix;

    ItemBuilder(GuideCheck check, GuideContext context) {
        this.check = check;
        this.context = context;
    }

    /** A fix snippet written by the check, e.g. the exact missing configuration lines. */
    public ItemBuilder fix(String text) {
        snippet = text == null ? "" : text.strip();
        return this;
    }

    /** A fix snippet from the item texts ({@code items.txt}), by name. */
    public ItemBuilder snippet(String name) {
        return fix(context.texts().snippet(check.id(), name));
    }

    /** Adds a further snippet from the item texts below the current one. */
    public ItemBuilder andSnippet(String name) {
        String more = context.texts().snippet(check.id(), name);
        return fix(snippet.isEmpty() ? more : snippet + "\n" + more);
    }

    public ItemBuilder action(Fix f) {
        fix = f;
        return this;
    }

    public ChecklistItem done(String detail) {
        return build(ItemVerdict.DONE, detail);
    }

    public ChecklistItem todo(String detail) {
        return build(ItemVerdict.TODO, detail);
    }

    public ChecklistItem wrong(String detail) {
        return build(ItemVerdict.WRONG, detail);
    }

    public ChecklistItem uncheckable(String detail) {
        return build(ItemVerdict.UNCHECKABLE, detail);
    }

    public ChecklistItem build(ItemVerdict verdict, String detail) {
        boolean open = verdict.open() || verdict == ItemVerdict.UNCHECKABLE;
        Fix offered = verdict.open() ? fix : null;
        if (offered != null) {
            context.offer(check.id(), offered);
        }
        return new ChecklistItem(check.id(), check.phase().id(), check.phase().title(), check.title(context.texts()),
                verdict, detail, open ? snippet : "", offered == null ? null : offered.description());
    }
}
