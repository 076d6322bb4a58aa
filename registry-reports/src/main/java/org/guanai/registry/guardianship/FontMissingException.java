package org.guanai.registry.guardianship;

/** The configured CJK font cannot be read, so no PDF can be made (the print view still works). */
public class FontMissingException extends RuntimeException {

    private final String fontPath;

    public FontMissingException(String fontPath) {
        super("CJK font not readable: " + fontPath);
        this.fontPath = fontPath;
    }

    public String fontPath() {
        return fontPath;
    }
}
