package org.guanai.registry.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A sheet's rows written on their own thread: all of them, in order, and a failure on either side reaches the caller.
 */
class RowsWrittenAsideTest {

    private static final RosterLayout<Integer> NUMBERS = new RosterLayout<>("数字表", "数字", List.of(
            column("序号", e -> e.index()),
            column("文字", e -> "第" + e.details() + "行"),
            column("日期", e -> LocalDate.of(2026, 1, 1).plusDays(e.details()))), List.of(), List.of("表下说明"));

    private static RosterColumn<Integer> column(String header, Function<RosterEntry<Integer>, Object> value) {
        return new RosterColumn<>(null, header, List.of(), List.of(), 10, List.of(), "", value, null);
    }

    @Test
    void manyBatchesOfRowsArriveWhole() throws IOException {
        int rows = 5_000; // far more than the batches the writer may be behind by
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RosterWriter.write(NUMBERS, RosterLayoutGoldenTest.HEADING, sink -> {
            for (int i = 0; i < rows; i++) {
                sink.accept(new RosterEntry<>(0, i, null, null, null));
            }
        }, null, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheet("数字");
            int first = RosterWriter.firstDataRow(NUMBERS);
            DataFormatter f = new DataFormatter();
            for (int i = 0; i < rows; i++) {
                assertThat(sheet.getRow(first + i).getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                assertThat(sheet.getRow(first + i).getCell(1).getStringCellValue()).isEqualTo("第" + i + "行");
                assertThat(f.formatCellValue(sheet.getRow(first + i).getCell(2)))
                        .isEqualTo(LocalDate.of(2026, 1, 1).plusDays(i).toString());
            }
            assertThat(sheet.getRow(first + rows + 1).getCell(0).getStringCellValue()).isEqualTo(RosterWriter.FOOTER);
            assertThat(sheet.getRow(first + rows + 2).getCell(0).getStringCellValue()).isEqualTo("表下说明");
        }
    }

    @Test
    void aFewRowsAreWrittenByTheCallerWithoutAThread() {
        Set<String> writers = ConcurrentHashMap.newKeySet();
        try (RowsWrittenAside aside = new RowsWrittenAside(cells -> writers.add(Thread.currentThread().getName()))) {
            for (int i = 0; i < 10; i++) {
                aside.add(new Object[] {i});
            }
            aside.finish();
        }
        assertThat(writers).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void rowsAreWrittenInTheOrderGivenAndFinishWaitsForTheLast() {
        List<Object> written = Collections.synchronizedList(new ArrayList<>());
        Set<String> writers = ConcurrentHashMap.newKeySet();
        try (RowsWrittenAside aside = new RowsWrittenAside(cells -> {
            writers.add(Thread.currentThread().getName());
            written.add(cells[0]);
        })) {
            for (int i = 0; i < 10_001; i++) {
                aside.add(new Object[] {i});
            }
            aside.finish();
            assertThat(written).hasSize(10_001);
        }
        for (int i = 0; i < written.size(); i++) {
            assertThat(written.get(i)).isEqualTo(i);
        }
        assertThat(writers).containsExactly("roster-rows");
    }

    @Test
    void theWritersFailureIsThrownToTheCallerWhoNeverWaitsOnAFullQueue() {
        IllegalStateException broken = new IllegalStateException("disk full");
        List<Object> written = Collections.synchronizedList(new ArrayList<>());
        Thread[] writer = new Thread[1];
        assertThatThrownBy(() -> {
            try (RowsWrittenAside aside = new RowsWrittenAside(cells -> {
                writer[0] = Thread.currentThread();
                if ((int) cells[0] == 300) {
                    throw broken;
                }
                written.add(cells[0]);
            })) {
                for (int i = 0; i < 100_000; i++) {
                    aside.add(new Object[] {i});
                }
                aside.finish();
            }
        }).isSameAs(broken);
        assertThat(written).hasSize(300);
        assertThat(writer[0].isAlive()).isFalse();
    }

    @Test
    void theCallersFailureStopsTheWriterOnceItHasWrittenWhatItWasGiven() {
        List<Object> written = Collections.synchronizedList(new ArrayList<>());
        Thread[] writer = new Thread[1];
        assertThatThrownBy(() -> {
            try (RowsWrittenAside aside = new RowsWrittenAside(cells -> {
                writer[0] = Thread.currentThread();
                written.add(cells[0]);
            })) {
                for (int i = 0; i < 1_000; i++) {
                    aside.add(new Object[] {i});
                }
                throw new IllegalStateException("the database went away");
            }
        }).hasMessage("the database went away");
        assertThat(writer[0].isAlive()).isFalse();
        assertThat(written).hasSize(768); // the three whole batches handed over; the last, partial one is dropped
    }
}
