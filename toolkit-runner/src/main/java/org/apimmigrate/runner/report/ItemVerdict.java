package org.apimmigrate.runner.report;

/** Where one checklist item stands ({@code guide}). */
public enum ItemVerdict {
    /** Done as the guide says (or nothing to do for this setup). */
    DONE("done"),
    /** Not done yet: the step is ahead, or something it needs is missing. */
    TODO("to do"),
    /** Done in a way that breaks the upgrade, or a left-over that must go. */
    WRONG("WRONG"),
    /** The checklist cannot tell (e.g. a database it cannot reach, a step only a person can confirm). */
    UNCHECKABLE("cannot check");

    private final String label;

    ItemVerdict(String label) {
        this.label = label;
    }

    /** The verdict as people read it. */
    public String label() {
        return label;
    }

    /** Whether the item keeps the command's exit code from 0. */
    public boolean open() {
        return this == TODO || this == WRONG;
    }
}
