package org.guanai.registry.account;

/**
 * What a role may take out of the system in a file (a roster, a report's workbook, a document) and which of
 * people's identity and phone numbers it may see in full. One rule decides both the files and the screen's
 * "显示完整号码", so that a file never shows more than its user's screen can (docs/security.md, "Exports").
 */
public enum ExportRight {
    /** No file with anyone's personal data, and no full number on screen. */
    NONE(false, false),
    /** The people of the jurisdiction, with identity and phone numbers masked as the lists show them. */
    MASKED(true, false),
    /**
     * Only the children of the cases routed or referred to the user's department, numbers in full: the police
     * needs the numbers of the children it works on, not the county's roster.
     */
    OWN_CASES(true, true),
    /** The people of the jurisdiction, numbers in full. */
    FULL(true, true);

    private final boolean exportsPeople;
    private final boolean fullNumbers;

    ExportRight(boolean exportsPeople, boolean fullNumbers) {
        this.exportsPeople = exportsPeople;
        this.fullNumbers = fullNumbers;
    }

    /** True when the role may download files listing people at all. */
    public boolean exportsPeople() {
        return exportsPeople;
    }

    /** True when identity and phone numbers may show in full (in a file, or revealed on screen, audited). */
    public boolean fullNumbers() {
        return fullNumbers;
    }

    /** True when only the children of the user's own cases may be exported or revealed. */
    public boolean onlyOwnCases() {
        return this == OWN_CASES;
    }
}
