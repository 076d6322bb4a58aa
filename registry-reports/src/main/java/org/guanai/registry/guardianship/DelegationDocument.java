package org.guanai.registry.guardianship;

/** The two printable documents of a delegation (Longli plan, 五（一）1). */
public enum DelegationDocument {
    /** 附件1 留守儿童委托监护责任确认书. */
    CONFIRMATION("attachment-1", "留守儿童委托监护责任确认书"),
    /** 附件2 农村留守儿童委托监护责任书. */
    RESPONSIBILITY("attachment-2", "农村留守儿童委托监护责任书");

    private final String template;
    private final String title;

    DelegationDocument(String template, String title) {
        this.template = template;
        this.title = title;
    }

    String template() {
        return template;
    }

    public String title() {
        return title;
    }
}
