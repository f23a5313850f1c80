package org.renkei.dataimport.read.municipal;

import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.DepartmentList;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.Text;
import org.renkei.dataimport.read.sheet.HeaderedRows;
import org.renkei.dataimport.read.sheet.SheetRow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 自治体標準オープンデータセット「医療機関一覧」 (CSV or Excel): 全国地方公共団体コード, ID, 名称, 名称_カナ,
 * 医療機関の種類, 所在地_連結表記, 緯度, 経度, 電話番号, 診療科目 ({@code ;}-separated, often 厚生局 abbreviations),
 * 診療日, 診療時間, 病床数, URL … Columns are found by name; only the first five named below are required.
 *
 * <p>Source {@code municipal-<全国地方公共団体コード>} (6 digits, from the first data row), key the ID column.
 * Kind from 医療機関の種類: 歯科… → 歯科, 病院 → 病院, else 診療所.
 */
public final class MunicipalStandardReader implements FacilityFileReader {
    static final String CODE = "全国地方公共団体コード";
    static final List<String> REQUIRED = List.of(CODE, "ID", "名称", "所在地_連結表記", "診療科目");
    private static final Pattern SEPARATOR = Pattern.compile("[;；]");

    private final DepartmentList departments;
    private final String municipality;

    /** @param municipality the 全国地方公共団体コード of the file (6 digits, or 5 without check digit) */
    public MunicipalStandardReader(DepartmentVocabulary vocabulary, String municipality) {
        this.departments = new DepartmentList(vocabulary);
        this.municipality = Objects.requireNonNull(municipality, "municipality");
    }

    public static boolean matches(List<String> header) {
        List<String> keys = header.stream().map(Text::headerKey).toList();
        return REQUIRED.stream().map(Text::headerKey).allMatch(keys::contains);
    }

    /** The 全国地方公共団体コード of the first data row, normalised; "" when none. */
    public static String municipalityOf(List<String> header, List<String> firstRow) {
        int i = header.stream().map(Text::headerKey).toList().indexOf(Text.headerKey(CODE));
        String v = i < 0 || i >= firstRow.size() ? "" : Text.nfkc(firstRow.get(i));
        return v.matches("\\d{5,6}") ? v : "";
    }

    @Override
    public String format() {
        return "municipal-standard-medical";
    }

    @Override
    public String source() {
        return "municipal-" + municipality;
    }

    @Override
    public String scope() {
        return "all";
    }

    @Override
    public void read(Path file, ImportSink sink) throws ImportRejectedException {
        MunicipalTable.read(file, sink, MunicipalStandardReader::matches, REQUIRED,
                (t, c, row) -> record(t, c, row, sink));
    }

    private void record(MunicipalTable t, int[] c, SheetRow row, ImportSink sink) throws ImportRejectedException {
        String code = Text.nfkc(row.get(c[0]));
        if (!code.isEmpty() && !code.equals(municipality)) {
            throw new ImportRejectedException(new ImportProblem(t.file(), row.sheet(),
                    row.number(), t.name(c[0]), "全国地方公共団体コード「" + code + "」が 1 行目のデータ（"
                    + municipality + "）と違います。1 つのファイルには 1 つの自治体のデータだけを入れてください。"));
        }
        String id = Text.nfkc(row.get(c[1]));
        if (id.isEmpty()) {
            t.problem(row, c[1], "ID が空欄のため、この行は取り込みません。");
            return;
        }
        String name = row.get(c[2]).strip();
        if (name.isEmpty()) {
            t.problem(row, c[2], "名称が空欄です。");
        }
        String type = Text.nfkc(row.get(t.column("医療機関の種類")));
        FacilityKind kind = type.contains("歯科") ? FacilityKind.DENTAL
                : type.contains("病院") ? FacilityKind.HOSPITAL : FacilityKind.CLINIC;
        List<DepartmentEntry> entries = departments.fromCell(row.get(c[4]), SEPARATOR,
                label -> t.problem(row, c[4], DepartmentList.unknownMessage(label)));
        double[] at = t.coordinates(row, t.column("緯度"), t.column("経度"));
        sink.facility(new FacilityRecord(source(), id, name, row.get(t.column("名称_カナ")).strip(), kind,
                t.postcode(row, t.column("郵便番号")), row.get(c[3]).strip(),
                municipality.substring(0, 5), at == null ? null : at[0], at == null ? null : at[1],
                at == null ? Precision.NONE : Precision.SOURCE, row.get(t.column("電話番号")).strip(),
                row.get(t.column("URL")).strip(), t.integer(row, t.column("病床数"), "病床数"), "", entries),
                row.sheet(), row.number());
    }
}
