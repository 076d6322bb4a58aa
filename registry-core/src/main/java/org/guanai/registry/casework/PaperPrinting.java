package org.guanai.registry.casework;

/**
 * Whether the delegation papers can be printed as PDF here (the font they need is installed), for the case page to
 * say so. Answered by the documents' renderer (guardianship.DelegationDocuments).
 */
public interface PaperPrinting {

    boolean fontAvailable();

    /** Where the font is looked for, for the page that says what to install. */
    String fontPath();
}
