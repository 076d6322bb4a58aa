package org.guanai.registry.roster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.guanai.registry.imports.ImportRow;
import org.guanai.registry.imports.ImportService.ReadRoster;
import org.guanai.registry.imports.RowCell;
import org.guanai.registry.imports.RowProblem;
import org.guanai.registry.person.PersonIdentity;
import org.guanai.registry.person.ResidentIdNumber;
import org.guanai.registry.workbook.CellValue;
import org.guanai.registry.workbook.RawRow;
import org.guanai.registry.workbook.RawSheet;
import org.guanai.registry.workbook.WorkbookFile;

/**
 * Turns a workbook into roster rows by a {@link RosterLayout}: finds the header rows under any title
 * rows (multi-level, merged), maps columns by header text wherever they stand, stops at the footer,
 * skips blank and hidden rows, and reads each cell with its column's reader.
 */
public final class RosterReader {

    /** How far down a sheet its header may start. */
    static final int HEADER_SEARCH_ROWS = 20;
    private static final int MIN_HEADER_MATCHES = 3;
    private static final List<String> FOOTER_WORDS = List.of("填表人", "单位负责人", "复核人", "审核人");

    private RosterReader() {
    }

    /** A sheet's header: the rows it spans and which sheet column each layout column is in. */
    record Header(int firstRow, int lastRow, Map<RosterColumn<?>, Integer> columns, Map<Integer, String> texts) {
    }

    public static <D extends PersonIdentity> ReadRoster<D> read(WorkbookFile file, RosterLayout<D> layout,
            RegionDirectory regions, Supplier<D> blank) {
        List<ImportRow<D>> rows = new ArrayList<>();
        List<RowProblem> fileProblems = new ArrayList<>();
        int hidden = 0;
        boolean anyHeader = false;
        for (RawSheet sheet : file.sheets()) {
            Header header = findHeader(sheet, layout);
            if (header == null) {
                continue;
            }
            anyHeader = true;
            List<String> missing = missing(header, layout);
            if (!missing.isEmpty()) {
                fileProblems.add(new RowProblem(sheet.name(), header.lastRow() + 1, null, -1, null,
                        "imports.file.missingColumns", List.of(String.join("、", missing))));
                continue;
            }
            for (RawRow raw : sheet.rows()) {
                if (raw.index() <= header.lastRow() || raw.isBlank()) {
                    continue;
                }
                if (onlyPrintedColumns(raw, header, layout)) {
                    continue; // a pre-numbered empty row (序号 only) is a blank row
                }
                if (isFooter(raw)) {
                    break;
                }
                if (raw.hidden()) {
                    hidden++;
                    continue;
                }
                rows.add(row(sheet, raw, header, layout, regions, blank));
            }
        }
        if (!anyHeader) {
            fileProblems.add(new RowProblem(file.sheets().isEmpty() ? "" : file.sheets().get(0).name(), 1, null, -1,
                    null, "imports.file.noHeader", List.of(layout.title(), String.join("、", layout.required()))));
        }
        return new ReadRoster<>(rows, fileProblems, hidden);
    }

    private static <D extends PersonIdentity> ImportRow<D> row(RawSheet sheet, RawRow raw, Header header,
            RosterLayout<D> layout, RegionDirectory regions, Supplier<D> blank) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, RowCell> cells = new LinkedHashMap<>();
        List<Consumer<D>> writes = new ArrayList<>();
        RowScratch scratch = new RowScratch(regions);
        for (RosterColumn<D> column : layout.readable()) {
            Integer index = header.columns().get(column);
            if (index == null) {
                continue; // a column the sheet does not have: the person's value stays as it is
            }
            CellValue value = raw.cell(index);
            RowCell where = new RowCell(header.texts().get(index), index, value == null ? "" : value.display());
            column.fields().forEach(f -> cells.putIfAbsent(f, where));
            Consumer<D> write = column.reader().read(new CellInput(value, where, sheet.name(), raw.number(), problems),
                    scratch);
            if (write != null) {
                writes.add(write);
            }
        }
        // Compact copies: a previewed roster is kept until its commit (decision 045), a few KB a row.
        List<Consumer<D>> allWrites = List.copyOf(writes);
        Consumer<D> writer = d -> allWrites.forEach(w -> w.accept(d));
        D probe = blank.get();
        writer.accept(probe);
        ImportRow.Keys keys = new ImportRow.Keys(idNumber(probe.getIdNumber()), blankToNull(probe.getName()),
                probe.getBirthDate(), probe.getVillageCode());
        return new ImportRow<>(sheet.name(), raw.number(), keys, writer, Map.copyOf(cells), List.copyOf(problems));
    }

    private static String idNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ResidentIdNumber.parse(ResidentIdNumber.normalise(text)).value();
        } catch (IllegalArgumentException e) {
            return null; // the validator says what is wrong with it
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The header is the row (among the first {@value #HEADER_SEARCH_ROWS}) with most column headers,
     * together with the rows above it that hold group headers. Merged cells count for every column they cover.
     */
    static <D> Header findHeader(RawSheet sheet, RosterLayout<D> layout) {
        Set<String> words = layout.headerWords();
        Set<String> leafWords = new LinkedHashSet<>();
        layout.columns().forEach(c -> leafWords.addAll(c.names()));
        int best = -1;
        int bestScore = MIN_HEADER_MATCHES - 1;
        int width = 0;
        for (RawRow row : sheet.rows()) {
            if (row.index() >= HEADER_SEARCH_ROWS) {
                break;
            }
            width = Math.max(width, row.cells().length);
            int score = 0;
            for (int c = 0; c < row.cells().length; c++) {
                if (leafWords.contains(RosterColumn.normalise(text(sheet.mergedValue(row, c))))) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = row.index();
                bestScore = score;
            }
        }
        if (best < 0) {
            return null;
        }
        int first = best;
        while (first > 0) {
            int above = first - 1;
            RawRow row = sheet.rowAt(above).orElse(null);
            if (row == null || !hasAny(sheet, row, words)) {
                break;
            }
            first = above;
        }
        final int width0 = Math.max(width, sheet.rowAt(best).map(r -> r.cells().length).orElse(0));
        String firstGroup = layout.groups().stream().findFirst().orElse(null);
        Map<RosterColumn<?>, Integer> columns = new LinkedHashMap<>();
        Map<Integer, String> texts = new LinkedHashMap<>();
        for (int c = 0; c < width0; c++) {
            List<String> path = new ArrayList<>();
            for (int r = first; r <= best; r++) {
                RawRow row = sheet.rowAt(r).orElse(null);
                String t = row == null ? "" : RosterColumn.normalise(text(sheet.mergedValue(row, c)));
                if (!t.isEmpty() && (path.isEmpty() || !path.get(path.size() - 1).equals(t))) {
                    path.add(t);
                }
            }
            if (path.isEmpty()) {
                continue;
            }
            texts.put(c, String.join("/", path));
            String leaf = path.get(path.size() - 1);
            for (RosterColumn<D> column : layout.columns()) {
                if (columns.containsKey(column) || !column.names().contains(leaf)) {
                    continue;
                }
                boolean byAlias = !RosterColumn.normalise(column.header()).equals(leaf); // aliases are qualified
                boolean groupMatches = byAlias || column.group() == null ? path.size() == 1 || !isGroup(path, layout)
                        : path.contains(RosterColumn.normalise(column.group()))
                                || path.size() == 1 && column.group().equals(firstGroup);
                if (groupMatches) {
                    columns.put(column, c);
                    break;
                }
            }
        }
        return new Header(first, best, columns, texts);
    }

    /** Whether a column's path passes through one of the layout's groups (父亲/姓名 is not the child's 姓名). */
    private static boolean isGroup(List<String> path, RosterLayout<?> layout) {
        for (String g : layout.groups()) {
            if (path.subList(0, path.size() - 1).contains(RosterColumn.normalise(g))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAny(RawSheet sheet, RawRow row, Set<String> words) {
        for (int c = 0; c < row.cells().length; c++) {
            if (words.contains(RosterColumn.normalise(text(sheet.mergedValue(row, c))))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> missing(Header header, RosterLayout<?> layout) {
        List<String> missing = new ArrayList<>();
        for (String required : layout.required()) {
            RosterColumn<?> primary = layout.columns().stream().filter(c -> c.header().equals(required)).findFirst()
                    .orElseThrow();
            if (!header.columns().containsKey(primary)) {
                missing.add(required);
            }
        }
        return missing;
    }

    private static <D> boolean onlyPrintedColumns(RawRow row, Header header, RosterLayout<D> layout) {
        for (RosterColumn<D> column : layout.readable()) {
            Integer index = header.columns().get(column);
            CellValue v = index == null ? null : row.cell(index);
            if (v != null && !text(v).isBlank()) {
                return false;
            }
        }
        return !isFooter(row);
    }

    private static boolean isFooter(RawRow row) {
        for (CellValue v : row.cells()) {
            String t = text(v);
            if (!t.isEmpty()) {
                String s = t.replaceAll("\\s+", "");
                return FOOTER_WORDS.stream().anyMatch(s::contains) || s.startsWith("说明") || s.startsWith("注：")
                        || s.startsWith("注:") || s.equals("合计");
            }
        }
        return false;
    }

    private static String text(CellValue v) {
        if (v == null) {
            return "";
        }
        return v.kind() == CellValue.Kind.TEXT ? v.text() : v.display();
    }
}
