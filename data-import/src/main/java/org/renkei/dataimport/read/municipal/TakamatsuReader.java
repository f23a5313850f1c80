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
import java.util.List;
import java.util.regex.Pattern;

/**
 * 高松市オープンデータ 医療機関一覧 ({@code data/hospital/data.xlsx} and the older {@code data.csv}; CC BY 4.0, 高松市):
 * {@code #property, latitude, longitude, address, alternativeName, city, name, …, telephone　number,
 * medicalSubjects, note, numberOfBeds, pref, prefCode}.
 *
 * <p>Key: {@code #property} ({@code jp.takamatsu.smartcity.medical.Hospital.1}); it stays with the facility across
 * the 2025 and 2026 snapshots. Kind from alternativeName: 病院 → 病院, 歯科 → 歯科, 有床/無床診療所 → 診療所.
 * medicalSubjects is split on 「、」; facility attributes listed there (分娩実施, 透析実施, マンモ …) are not
 * departments and are left out silently. Coordinates from latitude/longitude (Precision.SOURCE) when valid.
 */
public final class TakamatsuReader implements FacilityFileReader {
    public static final String SOURCE = "takamatsu-city";
    static final List<String> REQUIRED = List.of("#property", "name", "alternativeName", "address", "medicalSubjects");

    private static final Pattern SEPARATOR = Pattern.compile("[、，,]");

    private final DepartmentList departments;

    public TakamatsuReader(DepartmentVocabulary vocabulary) {
        this.departments = new DepartmentList(vocabulary);
    }

    public static TakamatsuReader bundled() {
        return new TakamatsuReader(DepartmentVocabulary.bundled());
    }

    /** True for a header row of this layout. */
    public static boolean matches(List<String> header) {
        List<String> keys = header.stream().map(Text::headerKey).toList();
        return REQUIRED.stream().map(Text::headerKey).allMatch(keys::contains);
    }

    @Override
    public String format() {
        return "takamatsu-city-medical";
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
        MunicipalTable.read(file, sink, TakamatsuReader::matches, REQUIRED, (t, c, row) -> record(t, c, row, sink));
    }

    private void record(MunicipalTable t, int[] c, SheetRow row, ImportSink sink) {
        String key = Text.nfkc(row.get(c[0]));
        if (key.isEmpty()) {
            t.problem(row, c[0], "#property が空欄のため、この行は取り込みません。");
            return;
        }
        String name = row.get(c[1]).strip();
        if (name.isEmpty()) {
            t.problem(row, c[1], "名称（name）が空欄です。");
        }
        FacilityKind kind = switch (Text.nfkc(row.get(c[2]))) {
            case "病院" -> FacilityKind.HOSPITAL;
            case "歯科", "歯科診療所" -> FacilityKind.DENTAL;
            case "有床診療所", "無床診療所", "診療所" -> FacilityKind.CLINIC;
            default -> {
                t.problem(row, c[2], "種別「" + row.get(c[2]) + "」を読めません（診療所として取り込みます）。");
                yield FacilityKind.CLINIC;
            }
        };
        List<DepartmentEntry> entries = departments.fromCell(row.get(c[4]), SEPARATOR,
                label -> t.problem(row, c[4], DepartmentList.unknownMessage(label)));
        double[] at = t.coordinates(row, t.column("latitude"), t.column("longitude"));
        String city = Text.nfkc(row.get(t.column("prefCode")));
        sink.facility(new FacilityRecord(SOURCE, key, name, "", kind, "", row.get(c[3]).strip(),
                city.matches("\\d{5,6}") ? city.substring(0, 5) : "",
                at == null ? null : at[0], at == null ? null : at[1], at == null ? Precision.NONE : Precision.SOURCE,
                row.get(t.column("telephonenumber")).strip(), "", t.integer(row, t.column("numberOfBeds"), "病床数"),
                "", entries), row.sheet(), row.number());
    }
}
