package org.guanai.registry.shared;

/** The name an upload is stored under, whichever form it came through. */
public final class UploadedFiles {

    static final int MAX_NAME = 200;

    private UploadedFiles() {
    }

    /**
     * The browser's file name without any path it may carry (some send C:\…\汇报.pdf), the last {@value #MAX_NAME}
     * characters at most; {@code fallback} when it gave none.
     */
    public static String name(String given, String fallback) {
        String n = given == null || given.isBlank() ? fallback : given.strip();
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        return n.length() > MAX_NAME ? n.substring(n.length() - MAX_NAME) : n;
    }
}
