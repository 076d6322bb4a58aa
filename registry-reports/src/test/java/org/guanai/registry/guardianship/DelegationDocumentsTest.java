package org.guanai.registry.guardianship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guanai.registry.casework.DelegationPapers;
import org.guanai.registry.shared.RegistryProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Attachments 1 and 2 as print view and as PDF, the PDF opened again and read back with PDFBox. */
class DelegationDocumentsTest {

    static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    static DelegationPapers papers(String childName) {
        Map<String, String> v = new HashMap<>();
        for (String key : new String[] {"childSex", "childBirthDate", "childSchool", "childAddress", "parentName",
            "parentIdNumber", "parentWorkPlace", "parentPhone", "delegateIdNumber", "delegateAddress", "delegatePhone",
            "termFrom", "termTo", "parentSignedDate", "delegateSignedDate", "townName"}) {
            v.put(key, "");
        }
        v.put("childName", childName);
        v.put("childIdNumber", "52273020150601002X");
        v.put("delegateName", "杨奶奶");
        v.put("delegateRelation", "祖母");
        v.put("villageName", "中坝村");
        v.put("caseNumber", "42");
        return new DelegationPapers(42, v);
    }

    static DelegationDocuments documents(String font) {
        return new DelegationDocuments(new RegistryProperties("龙里县", null, null, null, null,
                new RegistryProperties.Documents(font), null, null, null, null, null));
    }

    @ParameterizedTest
    @EnumSource(DelegationDocument.class)
    void thePdfCarriesTheChildsNameAndIdNumberInAnEmbeddedChineseFont(DelegationDocument document) throws Exception {
        DelegationDocuments docs = documents(FONT);
        // Fails rather than skips: a machine without the font would otherwise pass without testing the PDF.
        assertThat(docs.fontAvailable()).as("install fonts-wqy-zenhei (.ci/run does) to test the PDF").isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        docs.pdf(document, papers("王小明"), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("王小明").contains("52273020150601002X").contains("杨奶奶")
                    .contains(document.title());
            assertThat(pdf.getNumberOfPages()).isBetween(1, 2);
        }
    }

    @Test
    void thePrintViewEscapesWhatWasTyped() {
        String html = documents(FONT).html(DelegationDocument.CONFIRMATION, papers("<script>alert(1)</script>"),
                "/css/guardianship.css");
        assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>").contains("留守儿童委托监护责任确认书")
                .contains("52273020150601002X").contains("href=\"/css/guardianship.css\"")
                .doesNotContain("<style"); // the Content-Security-Policy allows no inline style
    }

    @Test
    void withoutTheFontThereIsNoPdfButAClearReason() {
        DelegationDocuments docs = documents("/nonexistent/font.ttc");
        assertThat(docs.fontAvailable()).isFalse();
        assertThatThrownBy(() -> docs.pdf(DelegationDocument.RESPONSIBILITY, papers("王小明"), new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(FontMissingException.class,
                        e -> assertThat(e.fontPath()).isEqualTo("/nonexistent/font.ttc"));
    }
}
