package org.guanai.registry.guardianship;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.guanai.registry.casework.DelegationPapers;
import org.guanai.registry.casework.PaperPrinting;
import org.guanai.registry.shared.RegistryProperties;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Attachments 1 and 2, pre-filled: one HTML template per document is both the print view and the source
 * of the PDF, so the two never differ. The PDF embeds (a subset of) the configured CJK TrueType font; a
 * .ttc collection such as Debian's wqy-zenhei is read through its first face.
 */
@Component
public class DelegationDocuments implements PaperPrinting {

    /** The family name the stylesheet asks for first; the PDF maps it to the configured font file. */
    static final String FONT_FAMILY = "RegistryCJK";

    /** Where the web application serves the documents' stylesheet (from {@code static/} of this module). */
    public static final String STYLESHEET = "/css/guardianship.css";

    private static final String STYLES = readStyles();

    private final TemplateEngine templates;
    private final Path fontPath;

    public DelegationDocuments(RegistryProperties properties) {
        this.fontPath = Path.of(properties.documents().fontPath());
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(getClass().getClassLoader());
        resolver.setPrefix("templates/guardianship/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.templates = new TemplateEngine();
        this.templates.setTemplateResolver(resolver);
    }

    @Override
    public boolean fontAvailable() {
        return Files.isReadable(fontPath);
    }

    @Override
    public String fontPath() {
        return fontPath.toString();
    }

    /**
     * The filled document as a standalone, printable HTML page linking {@code stylesheetHref} (the application
     * serves {@value #STYLESHEET} from this module's {@code static/}); the page sets no inline style, so it
     * works under the application's Content-Security-Policy.
     */
    public String html(DelegationDocument document, DelegationPapers papers, String stylesheetHref) {
        return render(document, papers, stylesheetHref);
    }

    private String render(DelegationDocument document, DelegationPapers papers, String stylesheetHref) {
        Context context = new Context();
        context.setVariable("v", papers.values());
        context.setVariable("title", document.title());
        context.setVariable("stylesheet", stylesheetHref);
        context.setVariable("inlineCss", stylesheetHref == null ? STYLES : null);
        return templates.process(document.template(), context);
    }

    /** The same document as PDF; {@link FontMissingException} when the font cannot be read. */
    public void pdf(DelegationDocument document, DelegationPapers papers, OutputStream out) {
        if (!fontAvailable()) {
            throw new FontMissingException(fontPath.toString());
        }
        // The PDF carries the same stylesheet inline: the renderer fetches nothing.
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(render(document, papers, null)));
        AtomicReference<TrueTypeCollection> collection = new AtomicReference<>();
        try (PDDocument pdf = new PDDocument()) {
            TrueTypeFont font = loadFont(collection);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, font, true)), FONT_FAMILY, 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withW3cDocument(dom, "/");
            try (var renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(collection.get());
        }
    }

    private static String readStyles() {
        try (var in = DelegationDocuments.class.getResourceAsStream("/static" + STYLESHEET)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing stylesheet static" + STYLESHEET, e);
        }
    }

    private TrueTypeFont loadFont(AtomicReference<TrueTypeCollection> collection) throws IOException {
        if (fontPath.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(fontPath.toFile());
            collection.set(ttc);
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            ttc.processAllFonts(f -> first.compareAndSet(null, f));
            return first.get();
        }
        return new TTFParser().parse(new RandomAccessReadBufferedFile(fontPath.toFile()));
    }

    private static void closeQuietly(TrueTypeCollection ttc) {
        if (ttc != null) {
            try {
                ttc.close();
            } catch (IOException ignored) {
                // nothing was written to it
            }
        }
    }
}
