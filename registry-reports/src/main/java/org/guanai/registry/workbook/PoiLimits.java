package org.guanai.registry.workbook;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * POI's defences, set explicitly once for the whole process (they are static in POI): a zip entry may
 * inflate at most 100-fold and to at most 256 MB, and no single array POI allocates while reading may
 * exceed 200 MB. A 20 MB upload that claims more is a zip bomb, not a roster.
 */
public final class PoiLimits {

    public static final double MIN_INFLATE_RATIO = 0.01;
    public static final long MAX_ENTRY_SIZE = 256L * 1024 * 1024;
    public static final long MAX_TEXT_SIZE = 128L * 1024 * 1024;
    public static final int MAX_BYTE_ARRAY = 200 * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
        IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
    }

    private PoiLimits() {
    }

    /** Touching this class applies the limits (idempotent). */
    public static void apply() {
        // the static initialiser does the work
    }
}
