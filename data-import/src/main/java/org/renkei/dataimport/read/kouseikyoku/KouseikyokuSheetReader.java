package org.renkei.dataimport.read.kouseikyoku;

import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.Text;
import org.renkei.dataimport.read.sheet.DepartmentList;
import org.renkei.dataimport.read.sheet.RowVisitor;
import org.renkei.dataimport.read.sheet.SheetRow;
import org.renkei.dataimport.read.sheet.Workbooks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the regional health bureau list 「コード内容別医療機関一覧表（医科）」 as published in Excel ({@code .xlsx}
 * streamed, {@code .xls} through HSSF): title rows, a two-row header (項番, 医療機関番号, 医療機関名称,
 * 医療機関所在地, 電話番号, 病床数, 開設者名/管理者名, 指定年月日/登録理由・指定期間始, 診療科名, 備考) found by its cell
 * texts wherever it is (it repeats at every page break), then each institution over 2–3 rows: the row with 項番
 * starts it, the following rows add 診療科名 and 病床数 continuations.
 *
 * <p>Key: 都道府県コード (2) + the 7-digit 医療機関番号, the same 9-digit key as {@link MedInstCodeListReader}, so both
 * files update the same facilities. The prefecture comes from the sheet name or the title row; when neither names
 * one, the key is the 7-digit code alone and a problem says so. Kind: 病院 when the beds add up to 20 or more (the
 * legal threshold), else 診療所. The address gets the prefecture in front when it lacks one. Scope is empty (not
 * treated as a full list): large prefectures are published in several files, so one workbook never closes others.
 */
public final class KouseikyokuSheetReader implements FacilityFileReader {
    public static final String SOURCE = "kouseikyoku";

    static final String SERIAL = "項番";
    static final String CODE = "医療機関番号";
    static final String NAME = "医療機関名称";
    static final String ADDRESS = "医療機関所在地";
    static final String PHONE = "電話番号";
    static final String BEDS = "病床数";
    static final String DEPARTMENTS = "診療科名";
    static final String DESIGNATED = "指定年月日";

    private static final Pattern POSTCODE = Pattern.compile(
            "〒?[ \t\u3000]*([0-9０-９]{3})[ \t\u3000]*[-－‐ー−]?[ \t\u3000]*([0-9０-９]{4})([ \t\u3000]*\\R?)");
    private static final Pattern BED = Pattern.compile("([^\\d\\s]*)\\s*(\\d+)");
    private static final Pattern DEPT_SEPARATOR = Pattern.compile("[\\s\u3000、,，]+");

    private final DepartmentList departments;

    public KouseikyokuSheetReader(DepartmentVocabulary vocabulary) {
        this.departments = new DepartmentList(Objects.requireNonNull(vocabulary, "vocabulary"));
    }

    public static KouseikyokuSheetReader bundled() {
        return new KouseikyokuSheetReader(DepartmentVocabulary.bundled());
    }

    @Override
    public String format() {
        return "kouseikyoku-list";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String scope() {
        return "";
    }

    /** True when the row is the first header row of this layout (項番 and 医療機関番号 among its cells). */
    public static boolean isHeader(SheetRow row) {
        List<String> keys = row.cells().stream().map(Text::headerKey).toList();
        return keys.contains(SERIAL) && keys.contains(CODE);
    }

    @Override
    public void read(Path file, ImportSink sink) throws ImportRejectedException {
        String name = file.getFileName().toString();
        Parser parser = new Parser(name, sink);
        Workbooks.read(file, parser, sink);
        if (parser.headers == 0) {
            throw new ImportRejectedException(new ImportProblem(name, "", 0, "",
                    "見出し行（「項番」「医療機関番号」）が見つかりません。コード内容別医療機関一覧表の形式ではありません。"));
        }
        if (parser.institutions == 0) {
            throw new ImportRejectedException(new ImportProblem(name, parser.lastHeaderSheet, parser.lastHeaderRow,
                    "", "見出し行だけでデータ行がありません。"));
        }
        sink.progress(parser.institutions);
    }

    /** One institution being collected over its rows. */
    private static final class Institution {
        final String sheet;
        final long row;
        final String prefecture;
        String code = "";
        String name = "";
        String address = "";
        String phone = "";
        String designated = "";
        final List<String> beds = new ArrayList<>();
        final List<String> depts = new ArrayList<>();

        Institution(String sheet, long row, String prefecture) {
            this.sheet = sheet;
            this.row = row;
            this.prefecture = prefecture;
        }
    }

    private final class Parser implements RowVisitor {
        private final String file;
        private final ImportSink sink;
        private final Map<String, Integer> columns = new HashMap<>();
        private String sheet = "";
        private String prefecture = "";
        private String workbookPrefecture = "";
        private boolean inHeader;
        private Institution current;
        int headers;
        int institutions;
        String lastHeaderSheet = "";
        long lastHeaderRow;

        Parser(String file, ImportSink sink) {
            this.file = file;
            this.sink = sink;
        }

        @Override
        public void sheetStart(String name) {
            sheet = name;
            columns.clear();
            current = null;
            prefecture = Prefectures.find(name);
        }

        @Override
        public void sheetEnd(String name) {
            flush();
        }

        @Override
        public boolean row(SheetRow row) {
            if (row.blank()) {
                return true;
            }
            if (isHeader(row)) {
                flush();
                columns.clear();
                for (int i = 0; i < row.cells().size(); i++) {
                    String k = Text.headerKey(row.get(i));
                    if (!k.isEmpty()) {
                        columns.putIfAbsent(k.equals("所在地") ? ADDRESS : k, i);
                    }
                }
                headers++;
                lastHeaderSheet = sheet;
                lastHeaderRow = row.number();
                inHeader = true;
                return true;
            }
            if (columns.isEmpty() || row.filled() == 1 && !Text.headerKey(row.get(col(SERIAL))).matches("\\d+")) {
                // a title row (before the first header or repeated at a page break)
                flush();
                String p = Prefectures.find(String.join(" ", row.cells()));
                if (!p.isEmpty() && prefecture.isEmpty()) {
                    prefecture = p;
                }
                if (!p.isEmpty()) {
                    workbookPrefecture = p;
                }
                return true;
            }
            String serial = row.get(col(SERIAL)).strip();
            if (inHeader && serial.isEmpty() && row.cells().stream().map(Text::headerKey)
                    .anyMatch(k -> k.equals("管理者名") || k.startsWith("登録理由"))) {
                return true; // second header row
            }
            inHeader = false;
            if (!serial.isEmpty()) {
                flush();
                String pref = prefecture.isEmpty() ? workbookPrefecture : prefecture;
                current = new Institution(sheet, row.number(), pref);
                current.code = row.get(col(CODE)).strip();
                current.name = row.get(col(NAME)).strip();
                current.address = row.get(col(ADDRESS));
                current.phone = row.get(col(PHONE)).strip();
                current.designated = row.get(col(DESIGNATED)).strip();
            } else if (current == null) {
                problem(sheet, row.number(), SERIAL, "項番のない行が医療機関の前にあります（この行は無視します）。");
                return true;
            }
            addIfPresent(current.beds, row.get(col(BEDS)));
            addIfPresent(current.depts, row.get(col(DEPARTMENTS)));
            if (++rowsSeen % 1000 == 0) {
                sink.progress(rowsSeen);
            }
            return true;
        }

        private long rowsSeen;

        private void addIfPresent(List<String> list, String cell) {
            if (!cell.isBlank()) {
                list.add(cell.strip());
            }
        }

        private int col(String name) {
            return columns.getOrDefault(name, -1);
        }

        private void problem(String sheetName, long row, String column, String message) {
            sink.problem(new ImportProblem(file, sheetName, row, column, message));
        }

        private void flush() {
            Institution in = current;
            current = null;
            if (in == null) {
                return;
            }
            String code7 = InstitutionCode.normalise(in.code);
            if (code7.isEmpty()) {
                problem(in.sheet, in.row, CODE, "医療機関番号「" + in.code
                        + "」を 7 桁の番号として読めません（この医療機関は取り込みません）。");
                return;
            }
            if (!InstitutionCode.valid(in.prefecture, code7)) {
                problem(in.sheet, in.row, CODE, InstitutionCode.badCheckDigit(in.code));
            }
            String key = in.prefecture + code7;
            if (in.prefecture.isEmpty()) {
                problem(in.sheet, in.row, CODE, "シート名や表題から都道府県を判別できないため、医療機関番号 7 桁を"
                        + "そのまま識別子にします（住所に都道府県名も補いません）。");
            }
            if (in.name.isEmpty()) {
                problem(in.sheet, in.row, NAME, "医療機関名称が空欄です。");
            }
            String[] postAndAddress = address(in);
            Integer beds = beds(in);
            if (!in.designated.isEmpty() && WarekiDate.parse(in.designated).isEmpty()) {
                problem(in.sheet, in.row, DESIGNATED, "指定年月日「" + in.designated + "」を日付として読めません。");
            }
            List<String> labels = new ArrayList<>();
            for (String cell : in.depts) {
                labels.addAll(Arrays.asList(DEPT_SEPARATOR.split(cell.strip())));
            }
            List<DepartmentEntry> entries = departments.entries(labels,
                    label -> problem(in.sheet, in.row, DEPARTMENTS, DepartmentList.unknownMessage(label)));
            FacilityKind kind = beds != null && beds >= 20 ? FacilityKind.HOSPITAL : FacilityKind.CLINIC;
            sink.facility(new FacilityRecord(SOURCE, key, in.name, "", kind, postAndAddress[0],
                    Prefectures.withPrefecture(in.prefecture, postAndAddress[1]), "", null, null, Precision.NONE,
                    in.phone, "", beds, "", entries), in.sheet, in.row);
            institutions++;
        }

        /** {postcode (7 digits or ""), address} from a cell like "〒123-4567\n住所". */
        private String[] address(Institution in) {
            String cell = in.address.strip();
            Matcher m = POSTCODE.matcher(cell);
            if (m.lookingAt() && (cell.startsWith("〒") || m.group(3).contains("\n") || m.group(3).contains("\r"))) {
                String post = Text.nfkc(m.group(1) + m.group(2));
                return new String[] {post, joinLines(cell.substring(m.end()))};
            }
            if (cell.startsWith("〒")) {
                problem(in.sheet, in.row, ADDRESS, "郵便番号「" + cell.lines().findFirst().orElse("")
                        + "」を読めません（住所だけ取り込みます）。");
                return new String[] {"", joinLines(cell.contains("\n") ? cell.substring(cell.indexOf('\n')) : "")};
            }
            return new String[] {"", joinLines(cell)};
        }

        private String joinLines(String s) {
            return String.join("", s.strip().lines().map(String::strip).toList());
        }

        /** Sum of the beds in cells like "一般　19", "療養 30"; null when none. */
        private Integer beds(Institution in) {
            Integer total = null;
            for (String cell : in.beds) {
                String nfkc = Text.nfkc(cell);
                Matcher m = BED.matcher(nfkc);
                boolean any = false;
                while (m.find()) {
                    total = (total == null ? 0 : total) + Integer.parseInt(m.group(2));
                    any = true;
                }
                if (!any) {
                    problem(in.sheet, in.row, BEDS, "病床数「" + cell + "」を読めません（空欄として取り込みます）。");
                }
            }
            return total;
        }
    }
}
