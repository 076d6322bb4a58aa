package org.guanai.registry.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A written report's files are told by their content: PDF, Word, JPEG, PNG; a renamed file of another kind is not. */
class WrittenReportTest {

    @Test
    void theTypeIsSniffedFromTheContentNeverFromTheName() throws Exception {
        assertThat(WrittenReport.contentType("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
        assertThat(WrittenReport.contentType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .isEqualTo("image/jpeg");
        assertThat(WrittenReport.contentType(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
                .isEqualTo("image/png");
        assertThat(WrittenReport.contentType(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1, 0})).isEqualTo("application/msword");
        assertThat(WrittenReport.contentType(zip("word/document.xml"))).endsWith("wordprocessingml.document");
        assertThat(WrittenReport.contentType(zip("payload.exe"))).isNull(); // a ZIP named .docx is not Word
        assertThat(WrittenReport.contentType("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isNull();
        assertThat(WrittenReport.contentType("<html><script>".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(WrittenReport.contentType(new byte[0])).isNull();
    }

    @Test
    void aReportNeedsItsTextAndFilesOfTheRightKindAndSize() {
        byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        new WrittenReport("已落实", List.of(new WrittenReport.File("汇报.pdf", pdf))).check();
        assertThatThrownBy(() -> new WrittenReport("  ", List.of()).check()).isInstanceOfSatisfying(
                ReportRefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("report.error.dutiesText"));
        assertThatThrownBy(() -> new WrittenReport("已落实", List.of(new WrittenReport.File("汇报.pdf",
                "<html>".getBytes(StandardCharsets.UTF_8)))).check()).isInstanceOfSatisfying(
                ReportRefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("report.error.fileType"));
        byte[] big = new byte[(int) (WrittenReport.MAX_TOTAL_BYTES / 2) + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        assertThatThrownBy(() -> new WrittenReport("已落实", List.of(new WrittenReport.File("a.pdf", big),
                new WrittenReport.File("b.pdf", big))).check()).isInstanceOfSatisfying(ReportRefusedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("report.error.filesTooBig"));
    }

    private static byte[] zip(String entry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
