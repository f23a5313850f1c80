package org.renkei.dataimport.read.mhlw;

import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.model.ServiceDay;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.Text;
import org.renkei.dataimport.read.csv.CsvRow;
import org.renkei.dataimport.read.csv.CsvTable;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

import static org.renkei.dataimport.read.mhlw.MhlwColumns.*;

/**
 * Reads the ナビイ facility sheets {@code 01-1_hospital_facility_info_*.csv} (65 columns) and
 * {@code 02-1_clinic_facility_info_*.csv} (62 columns). Departments come from the matching speciality-hours
 * file ({@link MhlwHoursReader}); the phone number is not published in these files.
 */
public final class MhlwFacilityReader implements FacilityFileReader {
    /** Columns without which the file is rejected. The closing flags, beds and URL are optional. */
    public static final List<String> REQUIRED = List.of(ID, NAME, KANA, KIND, PREF_CODE, CITY_CODE, ADDRESS, LAT, LNG);

    private static final String IGNORED = "無視します";

    private final FacilityKind defaultKind;
    private final String scope;

    /**
     * @param defaultKind kind used when 機関区分 is empty or unknown
     * @param scope       full-list scope within the source: hospital, clinic or dental
     */
    public MhlwFacilityReader(FacilityKind defaultKind, String scope) {
        this.defaultKind = Objects.requireNonNull(defaultKind, "defaultKind");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /** For {@code 01-1_hospital_facility_info_*.csv}. */
    public static MhlwFacilityReader hospitals() {
        return new MhlwFacilityReader(FacilityKind.HOSPITAL, "hospital");
    }

    /** For {@code 02-1_clinic_facility_info_*.csv}. */
    public static MhlwFacilityReader clinics() {
        return new MhlwFacilityReader(FacilityKind.CLINIC, "clinic");
    }

    @Override
    public String format() {
        return "mhlw-" + scope + "-facility";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String scope() {
        return scope;
    }

    @Override
    public void read(Path file, ImportSink sink) throws ImportRejectedException {
        try (CsvTable table = CsvTable.open(file)) {
            int[] c = table.require(REQUIRED.toArray(String[]::new));
            int[] weekly = WEEKLY_CLOSED.stream().mapToInt(table::column).toArray();
            int holiday = table.column(HOLIDAY_CLOSED);
            int url = table.column(URL);
            int beds = table.column(TOTAL_BEDS);
            Values values = new Values(table, sink);
            long rows = 0;
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                String id = Values.navId(row.get(c[0]));
                if (id.isEmpty()) {
                    values.problem(row, c[0], "ID が空欄のため、この行は取り込みません。");
                    continue;
                }
                if (row.get(c[1]).isEmpty()) {
                    values.problem(row, c[1], "正式名称が空欄です。");
                }
                double[] at = values.coordinates(row, c[7], c[8]);
                sink.facility(new FacilityRecord(SOURCE, id, row.get(c[1]), row.get(c[2]),
                        kind(values, row, c[3]), "", row.get(c[6]), values.municipalityCode(row, c[4], c[5]),
                        at == null ? null : at[0], at == null ? null : at[1],
                        at == null ? Precision.NONE : Precision.SOURCE, "", row.get(url),
                        values.integer(row, beds, "合計病床数"), closedDays(values, row, weekly, holiday), List.of()), "", row.number());
                if (++rows % 1000 == 0) {
                    sink.progress(rows);
                }
            }
            sink.progress(rows);
        }
    }

    /** The kind a 機関区分 cell codes (1 病院, 2 診療所, 3 歯科; any width), or null for anything else. */
    public static FacilityKind kindOf(String cell) {
        return switch (Text.nfkc(cell)) {
            case "1" -> FacilityKind.HOSPITAL;
            case "2" -> FacilityKind.CLINIC;
            case "3" -> FacilityKind.DENTAL;
            default -> null;
        };
    }

    private FacilityKind kind(Values values, CsvRow row, int column) {
        FacilityKind kind = kindOf(row.get(column));
        if (kind == null) {
            values.problem(row, column, "機関区分「" + row.get(column) + "」を読めません（"
                    + defaultKind.label() + "として取り込みます）。");
            return defaultKind;
        }
        return kind;
    }

    /** Weekly closing days from the flags ("0" = closed, "1" = open, despite the column names), e.g. "日,祝". */
    static String closedDays(Values values, CsvRow row, int[] weekly, int holiday) {
        StringJoiner days = new StringJoiner(",");
        ServiceDay[] week = ServiceDay.values();
        for (int i = 0; i < weekly.length; i++) {
            if (weekly[i] >= 0 && Boolean.FALSE.equals(values.flag(row, weekly[i], IGNORED))) {
                days.add(week[i].label());
            }
        }
        if (holiday >= 0 && Boolean.FALSE.equals(values.flag(row, holiday, IGNORED))) {
            days.add(ServiceDay.HOLIDAY.label());
        }
        return days.toString();
    }
}
