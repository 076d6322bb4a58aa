package org.guanai.registry.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The town's written report on the five responsibilities (五个责任落实情况) that goes with its tables: the text, and
 * files of at most {@value #MAX_TOTAL_BYTES} bytes together. A file's type is told by its content, never by its name:
 * PDF, Word (.docx, or the older .doc), JPEG or PNG; anything else is refused (docs/reports.md).
 */
public record WrittenReport(String text, List<File> files) {

    static final int MAX_TEXT = 10_000;
    static final long MAX_TOTAL_BYTES = 20L * 1024 * 1024;
    static final int MAX_FILES = 10;

    /** A file as uploaded: the name the browser gave and the bytes. */
    public record File(String name, byte[] content) {
    }

    public WrittenReport {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Refuses a report without text, too long, with too many or too large files, or a file of another type. */
    void check() {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > MAX_TEXT) {
            throw ReportRefusedException.ofField("dutiesReport", "report.error.dutiesText");
        }
        if (files.size() > MAX_FILES || files.stream().mapToLong(f -> f.content().length).sum() > MAX_TOTAL_BYTES) {
            throw ReportRefusedException.ofField("files", "report.error.filesTooBig");
        }
        for (File f : files) {
            if (contentType(f.content()) == null) {
                throw ReportRefusedException.ofField("files", "report.error.fileType");
            }
        }
    }

    /** The media type the bytes are, or null when they are none of the accepted kinds. */
    static String contentType(byte[] b) {
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return "image/png";
        }
        if (startsWith(b, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1})) {
            return "application/msword"; // an OLE2 compound file: .doc (a .xls would be one too; Word is what is asked)
        }
        if (startsWith(b, new byte[] {'P', 'K', 3, 4}) && isWordPackage(b)) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        return null;
    }

    /** A ZIP whose entries hold word/document.xml: a .docx, not any other ZIP renamed. */
    private static boolean isWordPackage(byte[] b) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b == null || b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
