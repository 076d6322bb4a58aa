package org.guanai.registry.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Every fixture is made here with POI or java.util.zip: no opaque binaries. */
class WorkbookReaderTest {

    private static byte[] bytes(Workbook wb) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A small roster-like sheet: merged title, text, a number, a date, a formula, a hidden row. */
    private static byte[] sample(Workbook wb) throws IOException {
        Sheet s = wb.createSheet("名单");
        s.createRow(0).createCell(0).setCellValue("标题");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        Row r = s.createRow(2);
        r.createCell(0).setCellValue("张三");
        r.createCell(1).setCellValue(13800001111d);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        r.createCell(2).setCellValue(LocalDate.of(2010, 3, 5));
        r.getCell(2).setCellStyle(date);
        r.createCell(3).setCellFormula("1+1"); // never evaluated: no cached value was written
        Row hidden = s.createRow(3);
        hidden.createCell(0).setCellValue("隐藏");
        hidden.setZeroHeight(true);
        return bytes(wb);
    }

    @Test
    void xlsxAndXlsReadAlike() throws IOException {
        for (byte[] file : new byte[][] {sample(new XSSFWorkbook()), sample(new HSSFWorkbook())}) {
            WorkbookFile wb = WorkbookReader.read(file);
            RawSheet sheet = wb.sheets().get(0);
            assertThat(sheet.name()).isEqualTo("名单");
            assertThat(sheet.merges()).contains(new Merge(0, 0, 0, 3));
            RawRow row = sheet.rowAt(2).orElseThrow();
            assertThat(row.cell(0).text()).isEqualTo("张三");
            assertThat(row.cell(1).display()).isEqualTo("13800001111");
            assertThat(row.cell(2).date()).isEqualTo(LocalDate.of(2010, 3, 5));
            assertThat(row.cell(3) == null || row.cell(3).number() == 0).isTrue();
            assertThat(sheet.rowAt(3).orElseThrow().hidden()).isTrue();
        }
    }

    @Test
    void anEighteenDigitNumberShowsAsExcelShowsIt() {
        CellValue v = CellValue.number(5.22730201506011E17);
        assertThat(v.isExactInteger()).isFalse();
        assertThat(v.display()).isEqualTo("5.22730E+17");
    }

    @Test
    void notASpreadsheetIsRefused() {
        assertThatThrownBy(() -> WorkbookReader.read("姓名,性别\n张三,男".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableWorkbookException.class).extracting("messageKey")
                .isEqualTo("imports.file.notSpreadsheet");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        byte[] plain = sample(new XSSFWorkbook());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(plain)); OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
        }
        assertThatThrownBy(() -> WorkbookReader.read(out.toByteArray())).isInstanceOf(UnreadableWorkbookException.class)
                .extracting("messageKey").isEqualTo("imports.file.encrypted");
    }

    /** Copies a real .xlsx, replacing one entry's content. */
    private static byte[] replaceEntry(byte[] xlsx, String name, EntryWriter content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    content.write(zip);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    interface EntryWriter {
        void write(OutputStream out) throws IOException;
    }

    @Test
    void aZipBombIsRefusedBeforeItInflates() throws IOException {
        byte[] bomb = replaceEntry(sample(new XSSFWorkbook()), "xl/worksheets/sheet1.xml", out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                out.write(spaces); // 300 MB of nothing, a few hundred KB compressed
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(bomb.length).isLessThan(2_000_000);
        assertThatThrownBy(() -> WorkbookReader.read(bomb)).isInstanceOf(UnreadableWorkbookException.class)
                .extracting("messageKey").isEqualTo("imports.file.tooLarge");
    }

    @Test
    void xmlEntitiesAreRefused() throws IOException {
        byte[] entities = replaceEntry(sample(new XSSFWorkbook()), "xl/worksheets/sheet1.xml", out -> out.write("""
                <?xml version="1.0"?>
                <!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>
                """.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> WorkbookReader.read(entities)).isInstanceOf(UnreadableWorkbookException.class)
                .extracting("messageKey").isEqualTo("imports.file.damaged");
    }

    @Test
    void moreThanAHundredThousandRowsIsRefused() throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        Sheet s = wb.createSheet("多");
        for (int i = 0; i <= WorkbookReader.MAX_ROWS; i++) {
            s.createRow(i).createCell(0).setCellValue(i);
        }
        byte[] file = bytes(wb);
        assertThatThrownBy(() -> WorkbookReader.read(file)).isInstanceOf(UnreadableWorkbookException.class)
                .extracting("messageKey").isEqualTo("imports.file.tooManyRows");
    }
}
