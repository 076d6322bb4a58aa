package org.guanai.registry.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded workbook (.xlsx streamed, .xls through HSSF) into plain values, refusing what is
 * not a roster with a reason: not a spreadsheet, password-protected, a zip bomb, XML entities, too many
 * rows, or damage. Formulas are never evaluated.
 */
public final class WorkbookReader {

    /** The most rows a workbook may hold, header and title rows included. */
    public static final int MAX_ROWS = 100_000;

    /** The custom document property in which this system's exports say when they were made. */
    public static final String EXPORTED_AT_PROPERTY = "registry.exportedAt";

    static {
        PoiLimits.apply();
    }

    private WorkbookReader() {
    }

    public static WorkbookFile read(byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("roster-", ".upload");
            Files.write(file, content);
            return read(file);
        } catch (IOException e) {
            throw new UnreadableWorkbookException("imports.file.damaged", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is removed with the temp directory
                }
            }
        }
    }

    static WorkbookFile read(Path file) throws IOException {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        try {
            return switch (magic) {
                case OOXML -> readXlsx(file);
                case OLE2 -> readOle2(file);
                default -> throw new UnreadableWorkbookException("imports.file.notSpreadsheet", null);
            };
        } catch (XlsxSheetHandler.TooManyRows e) {
            throw new UnreadableWorkbookException("imports.file.tooManyRows", e);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException("imports.file.encrypted", e);
        } catch (RecordFormatException e) {
            throw new UnreadableWorkbookException("imports.file.tooLarge", e);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            if (e instanceof UnreadableWorkbookException u) {
                throw u;
            }
            throw new UnreadableWorkbookException(isBomb(e) ? "imports.file.tooLarge" : "imports.file.damaged", e);
        }
    }

    /** POI's zip-bomb and size defences say so in their messages (and causes). */
    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("max allowed") || m.contains("exceed") || m.contains("too large")
                    || t instanceof RecordFormatException) {
                return true;
            }
        }
        return false;
    }

    private static WorkbookFile readXlsx(Path file) throws IOException, OpenXML4JException, SAXException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            RowBudget budget = new RowBudget(MAX_ROWS);
            List<RawSheet> sheets = new ArrayList<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    XlsxSheetHandler handler = new XlsxSheetHandler(strings, styles, budget);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(handler);
                    xml.parse(new InputSource(in));
                    sheets.add(new RawSheet(it.getSheetName(), handler.rows, handler.merges));
                }
            }
            return new WorkbookFile(sheets, exportedAt(pkg), false);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    private static Instant exportedAt(OPCPackage pkg) {
        try {
            CTProperty p = new POIXMLProperties(pkg).getCustomProperties().getProperty(EXPORTED_AT_PROPERTY);
            return p == null || p.getLpwstr() == null ? null : Instant.parse(p.getLpwstr());
        } catch (IOException | OpenXML4JException | org.apache.xmlbeans.XmlException | RuntimeException e) {
            return null; // a file without (or with a damaged) stamp is treated as the town's own
        }
    }

    private static WorkbookFile readOle2(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo")) {
                throw new UnreadableWorkbookException("imports.file.encrypted", null);
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                throw new UnreadableWorkbookException("imports.file.notSpreadsheet", null);
            }
            try (HSSFWorkbook wb = new HSSFWorkbook(root, true)) {
                RowBudget budget = new RowBudget(MAX_ROWS);
                List<RawSheet> sheets = new ArrayList<>();
                for (Sheet sheet : wb) {
                    sheets.add(legacySheet(sheet, budget));
                }
                return new WorkbookFile(sheets, null, true);
            }
        }
    }

    private static RawSheet legacySheet(Sheet sheet, RowBudget budget) {
        List<RawRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            budget.count();
            int last = Math.min(Math.max(row.getLastCellNum(), 0), XlsxSheetHandler.MAX_COLUMNS);
            CellValue[] cells = new CellValue[last];
            for (int c = 0; c < last; c++) {
                Cell cell = row.getCell(c);
                cells[c] = cell == null ? null : legacyValue(cell);
            }
            rows.add(new RawRow(row.getRowNum(), row.getZeroHeight(), cells));
        }
        List<Merge> merges = new ArrayList<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            merges.add(new Merge(r.getFirstRow(), r.getLastRow(), r.getFirstColumn(), r.getLastColumn()));
        }
        return new RawSheet(sheet.getSheetName(), rows, merges);
    }

    private static CellValue legacyValue(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> CellValue.text(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? CellValue.date(cell.getLocalDateTimeCellValue().toLocalDate())
                    : CellValue.number(cell.getNumericCellValue());
            case BOOLEAN -> CellValue.bool(cell.getBooleanCellValue());
            case ERROR -> CellValue.error(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> null;
        };
    }
}
