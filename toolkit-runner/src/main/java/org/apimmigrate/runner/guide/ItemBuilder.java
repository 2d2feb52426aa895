package org.apimmigrate.runner.guide;

/** Builds a check's {@link ItemResult}: the check's id, title and phase, plus the verdict it reached. */
public final class ItemBuilder {

    private final GuideCheck check;
    private final ItemTexts texts;
    private String snippet = "";
    private Fix fix;

    ItemBuilder(GuideCheck check, ItemTexts texts) {
        this.check = check;
        this.texts = texts;
    }

    /** A fix snippet written by the check, e.g. the exact missing configuration lines. */
    public ItemBuilder fix(String text) {
        snippet = text == null ? "" : text.strip();
        return this;
    }

    /** A fix snippet from the item texts ({@code items.txt}), by name. */
    public ItemBuilder snippet(String name) {
        return fix(texts.snippet(check.id(), name));
    }

    /** Adds a further snippet from the item texts below the current one. */
    public ItemBuilder andSnippet(String name) {
        String more = texts.snippet(check.id(), name);
        return fix(snippet.isEmpty() ? more : snippet + "\n" + more);
    }

    public ItemBuilder action(Fix f) {
        fix = f;
        return this;
    }

    public ItemResult done(String detail) {
        return build(Verdict.DONE, detail);
    }

    public ItemResult todo(String detail) {
        return build(Verdict.TODO, detail);
    }

    public ItemResult wrong(String detail) {
        return build(Verdict.WRONG, detail);
    }

    public ItemResult uncheckable(String detail) {
        return build(Verdict.UNCHECKABLE, detail);
    }

    public ItemResult build(Verdict verdict, String detail) {
        boolean open = verdict.open() || verdict == Verdict.UNCHECKABLE;
        return new ItemResult(check.id(), check.title(texts), check.phase(), verdict, detail,
                open ? snippet : "", verdict.open() ? fix : null);
    }
}
