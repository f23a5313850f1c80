package org.renkei.dataimport.read.kouseikyoku;

import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.Text;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Reads the headerless nationwide code list of medical institutions built from the 地方厚生局 lists
 * ({@code all_med_inst_cd.csv}, 5 columns: 9-digit code = 都道府県 + 7-digit code, 7-digit code, name, postcode,
 * address without prefecture), as a plain CSV or straight from its {@code .zip} (the single CSV member is
 * streamed; the uncompressed size and the compression ratio are capped against zip bombs).
 *
 * <p>Key: the 9-digit code (the 7-digit code repeats across prefectures). Rows repeating an earlier key are skipped:
 * identical ones are counted in one problem (the real 2025-08 list has 536), differing ones are reported each. The prefecture name from the first two
 * digits is put in front of the address. No departments. Kind: 病院 when 「病院」 is the last institution word of
 * the name (not followed by 診療所 / クリニック / 医院), else 診療所. Scope: {@code all} for a list spanning several
 * prefectures, the 2-digit prefecture code for a single-prefecture list, so importing Tokyo alone never closes
 * facilities of other prefectures.
 */
public final class MedInstCodeListReader implements FacilityFileReader {
    /** Largest uncompressed member accepted (the real nationwide list is 10.8 MB). */
    public static final long MAX_UNCOMPRESSED = 512L * 1024 * 1024;
    /** Largest compression ratio accepted once past 1 MB (the real list is about 4:1). */
    public static final long MAX_RATIO = 100;

    static final String[] COLUMNS = {"医療機関コード(9桁)", "医療機関コード(7桁)", "医療機関名称", "郵便番号", "住所"};

    private final String scope;

    /** @param scope {@code all} or a 2-digit prefecture code */
    public MedInstCodeListReader(String scope) {
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /** A reader whose scope is found by scanning the file's codes (all rows one prefecture → that code). */
    public static MedInstCodeListReader forFile(Path file) throws ImportRejectedException {
        TreeSet<String> prefectures = new TreeSet<>();
        CodeListFile.records(file, (row, cells) -> {
            String c = cells.get(0).strip();
            if (c.length() >= 2) {
                prefectures.add(c.substring(0, 2));
            }
            return true;
        });
        return new MedInstCodeListReader(prefectures.size() == 1 ? prefectures.first() : "all");
    }

    /** True when a first record looks like this list: 5 cells, a 9-digit code ending in the 7-digit one. */
    public static boolean looksLike(List<String> record) {
        if (record == null || record.size() != 5) {
            return false;
        }
        String c9 = Text.nfkc(record.get(0));
        String c7 = Text.nfkc(record.get(1));
        return c9.matches("\\d{9}") && c7.matches("\\d{7}") && c9.endsWith(c7);
    }

    @Override
    public String format() {
        return "kouseikyoku-code-list";
    }

    @Override
    public String source() {
        return KouseikyokuSheetReader.SOURCE;
    }

    @Override
    public String scope() {
        return scope;
    }

    @Override
    public void read(Path file, ImportSink sink) throws ImportRejectedException {
        String name = file.getFileName().toString();
        long[] count = {0};
        long[] duplicates = {0};
        Map<String, FirstRow> seen = new HashMap<>();
        CodeListFile.records(file, (row, cells) -> {
            String key = Text.nfkc(cells.get(0));
            FirstRow first = seen.putIfAbsent(key, new FirstRow(row, cells));
            if (first == null) {
                record(name, row, cells, sink);
            } else if (first.cells().equals(cells)) {
                duplicates[0]++;
            } else {
                sink.problem(new ImportProblem(name, "", row, COLUMNS[0], "医療機関コード「" + cells.get(0)
                        + "」は " + first.row() + " 行目にもあり、内容が違います（先の行を使い、この行は無視します）。"));
            }
            if (++count[0] % 1000 == 0) {
                sink.progress(count[0]);
            }
            return true;
        });
        if (duplicates[0] > 0) {
            sink.problem(new ImportProblem(name, "", 0, "", "まったく同じ内容の重複行が " + duplicates[0]
                    + " 行ありました（2 回目以降は無視しました）。"));
        }
        sink.progress(count[0]);
    }

    /** The first row of a key, kept whole so that only an identical row counts as an exact duplicate. */
    private record FirstRow(long row, List<String> cells) {
    }

    private void record(String file, long row, List<String> cells, ImportSink sink) throws ImportRejectedException {
        String c9 = Text.nfkc(cells.get(0));
        String c7 = Text.nfkc(cells.get(1));
        String pref = c9.length() >= 2 ? c9.substring(0, 2) : "";
        if (!c9.matches("\\d{9}") || Prefectures.name(pref).isEmpty()) {
            sink.problem(new ImportProblem(file, "", row, COLUMNS[0], "医療機関コード「" + cells.get(0)
                    + "」が都道府県コード 2 桁 + 7 桁の番号ではありません（この行は取り込みません）。"));
            return;
        }
        if (!scope.equals("all") && !scope.equals(pref)) {
            throw new ImportRejectedException(new ImportProblem(file, "", row, COLUMNS[0], "都道府県コード「" + pref
                    + "」の行があります。この一覧は都道府県コード「" + scope + "」だけのはずです。"));
        }
        if (!c9.substring(2).equals(c7)) {
            sink.problem(new ImportProblem(file, "", row, COLUMNS[1], "7 桁の医療機関コード「" + cells.get(1)
                    + "」が 9 桁のコード「" + cells.get(0) + "」の末尾と違います（9 桁のほうを使います）。"));
        }
        if (!InstitutionCode.valid(pref, c9.substring(2))) {
            sink.problem(new ImportProblem(file, "", row, COLUMNS[0], InstitutionCode.badCheckDigit(cells.get(0))));
        }
        String name = cells.get(2).strip();
        if (name.isEmpty()) {
            sink.problem(new ImportProblem(file, "", row, COLUMNS[2], "医療機関名称が空欄です。"));
        }
        String post = Text.nfkc(cells.get(3)).replace("-", "").strip();
        if (!post.isEmpty() && !post.matches("\\d{7}")) {
            sink.problem(new ImportProblem(file, "", row, COLUMNS[3], "郵便番号「" + cells.get(3)
                    + "」が 7 桁ではありません（空欄として取り込みます）。"));
            post = "";
        }
        sink.facility(new FacilityRecord(source(), c9, name, "", kindOf(name), post,
                Prefectures.withPrefecture(pref, cells.get(4).strip()), "", null, null, Precision.NONE, "", "", null,
                "", List.of()), "", row);
    }

    /** 病院 when 「病院」 comes after every 診療所 / クリニック / 医院 in the name. */
    static FacilityKind kindOf(String name) {
        int hospital = name.lastIndexOf("病院");
        if (hospital < 0) {
            return FacilityKind.CLINIC;
        }
        int clinic = Collections.max(List.of(name.lastIndexOf("診療所"), name.lastIndexOf("クリニック"),
                name.lastIndexOf("医院")));
        return clinic > hospital ? FacilityKind.CLINIC : FacilityKind.HOSPITAL;
    }
}
