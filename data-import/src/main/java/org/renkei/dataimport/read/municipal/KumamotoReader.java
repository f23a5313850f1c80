package org.renkei.dataimport.read.municipal;

import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.DepartmentList;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.Text;
import org.renkei.dataimport.read.sheet.SheetRow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 熊本市オープンデータ 病院一覧 ({@code byouin_list.xlsx} / {@code .csv}; CC BY 4.0, 熊本市): a wide department matrix,
 * one column per department holding 「○」, then free text in 診療科目その他 (space- or 、-separated).
 *
 * <p>Key: the file has no ID or number column, so the key is 施設正式名称 normalised (NFKC, no spaces); a renamed
 * hospital is therefore a new facility (and the old name is closed). Kind from 施設区分 (病院 / 診療所 / 歯科…).
 * Beds: the sum of the *病床数 columns. No coordinates in this file.
 */
public final class KumamotoReader implements FacilityFileReader {
    public static final String SOURCE = "kumamoto-city";
    static final String NAME = "施設正式名称";
    static final String OTHER = "診療科目その他";
    static final List<String> REQUIRED = List.of(NAME, "所在地", OTHER);
    private static final Set<String> MARKS = Set.of("○", "〇", "◯", "●", "◎", "1", "有");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s\u3000、，,・]+");
    private static final Set<String> NOT_DEPARTMENTS = Set.of("施設区分", NAME, "郵便番号", "所在地", "電話番号",
            "開設者名", "管理者氏名", OTHER, "開設年月日");

    private final DepartmentList departments;

    public KumamotoReader(DepartmentVocabulary vocabulary) {
        this.departments = new DepartmentList(vocabulary);
    }

    public static KumamotoReader bundled() {
        return new KumamotoReader(DepartmentVocabulary.bundled());
    }

    public static boolean matches(List<String> header) {
        List<String> keys = header.stream().map(Text::headerKey).toList();
        return keys.contains(NAME) && keys.contains(OTHER);
    }

    @Override
    public String format() {
        return "kumamoto-city-hospitals";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String scope() {
        return "all";
    }

    @Override
    public void read(Path file, ImportSink sink) throws ImportRejectedException {
        List<Integer> deptColumns = new ArrayList<>();
        List<Integer> bedColumns = new ArrayList<>();
        MunicipalTable.read(file, sink, KumamotoReader::matches, REQUIRED, new MunicipalTable.Rows() {
            @Override
            public void header(MunicipalTable t, SheetRow header) {
                for (int i = 0; i < header.cells().size(); i++) {
                    String k = Text.headerKey(header.get(i));
                    if (k.endsWith("病床数")) {
                        bedColumns.add(i);
                    } else if (!k.isEmpty() && !NOT_DEPARTMENTS.contains(k)) {
                        deptColumns.add(i);
                    }
                }
            }

            @Override
            public void row(MunicipalTable t, int[] c, SheetRow row) {
                record(t, c, deptColumns, bedColumns, row, sink);
            }
        });
    }

    private void record(MunicipalTable t, int[] c, List<Integer> deptColumns, List<Integer> bedColumns, SheetRow row,
                        ImportSink sink) {
        String name = row.get(c[0]).strip();
        String key = Text.headerKey(name);
        if (key.isEmpty()) {
            t.problem(row, c[0], "施設正式名称が空欄のため、この行は取り込みません。");
            return;
        }
        List<String> labels = new ArrayList<>();
        for (int col : deptColumns) {
            String v = Text.nfkc(row.get(col));
            if (MARKS.contains(v)) {
                labels.add(t.name(col).strip());
            } else if (!v.isEmpty()) {
                t.problem(row, col, "「" + row.get(col) + "」は「○」ではありません（この診療科は無いものとします）。");
            }
        }
        labels.addAll(DepartmentList.labels(row.get(c[2]), SEPARATOR));
        List<DepartmentEntry> entries = departments.entries(labels,
                label -> t.problem(row, c[2], DepartmentList.unknownMessage(label)));
        Integer beds = null;
        for (int col : bedColumns) {
            Integer n = t.integer(row, col, t.name(col));
            if (n != null) {
                beds = (beds == null ? 0 : beds) + n;
            }
        }
        String kindText = Text.nfkc(row.get(t.column("施設区分")));
        FacilityKind kind = kindText.contains("歯科") ? FacilityKind.DENTAL
                : kindText.contains("病院") ? FacilityKind.HOSPITAL
                : kindText.contains("診療所") ? FacilityKind.CLINIC
                : beds != null && beds >= 20 ? FacilityKind.HOSPITAL : FacilityKind.CLINIC;
        sink.facility(new FacilityRecord(SOURCE, key, name, "", kind, t.postcode(row, t.column("郵便番号")),
                row.get(c[1]).strip(), "", null, null, Precision.NONE, row.get(t.column("電話番号")).strip(), "",
                beds, "", entries), row.sheet(), row.number());
    }
}
