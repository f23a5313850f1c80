package org.renkei.dataimport.read.detect;

import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.csv.CsvRow;
import org.renkei.dataimport.read.csv.CsvTable;
import org.renkei.dataimport.read.mhlw.DerivedHospitalReader;
import org.renkei.dataimport.read.mhlw.FacilityAttributeReader;
import org.renkei.dataimport.read.mhlw.HospitalDepartmentsJsonReader;
import org.renkei.dataimport.read.mhlw.MhlwFacilityReader;
import org.renkei.dataimport.read.mhlw.MhlwHoursReader;

import org.renkei.dataimport.read.kouseikyoku.KouseikyokuSheetReader;
import org.renkei.dataimport.read.kouseikyoku.MedInstCodeListReader;
import org.renkei.dataimport.read.municipal.KumamotoReader;
import org.renkei.dataimport.read.municipal.MunicipalStandardReader;
import org.renkei.dataimport.read.municipal.TakamatsuReader;
import org.renkei.dataimport.read.sheet.HeaderWindow;
import org.renkei.dataimport.read.sheet.HeaderedRows;
import org.renkei.dataimport.read.sheet.SheetRow;
import org.renkei.dataimport.read.sheet.Workbooks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import java.util.Locale;
import java.util.Objects;

import static org.renkei.dataimport.read.mhlw.MhlwColumns.*;

/**
 * Picks the reader for a file by sniffing its header row (and its name for hospital / clinic / dental).
 * Workbooks (.xlsx / .xls, whatever their name) are recognised by the header cells in their first rows: the
 * 厚生局 bureau list (項番 + 医療機関番号), 高松市, 熊本市 and the 自治体標準 医療機関一覧; a headerless CSV (or a zip
 * holding one) of 5 columns starting with a 9-digit and a 7-digit code is the 厚生局 nationwide code list; JSON
 * whose first entry has {@code id} and {@code departments} is the helpmesearch hospital department list.
 * Files it does not recognise are rejected with a message pointing to the column-mapping import.
 */
public final class FormatDetector {
    /**
     * The end of the message for a file no reader fits; the message starts with the header that was looked at.
     * Channels add how to reach the column mapping (the window's mapping dialog, the CLI's {@code --profile}).
     */
    public static final String UNKNOWN_FORMAT =
            "形式を判別できません。独自の一覧は、列の対応付け（インポート設定）を使って取り込めます。";
    private static final int SHOWN_HEADERS = 8;

    private static final List<String> HELPMESEARCH_HEADER = List.of(ID, NAME, KANA, ADDRESS, LAT, LNG, URL);

    private final DepartmentVocabulary vocabulary;

    public FormatDetector(DepartmentVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /** A detector using the bundled department vocabulary. */
    public static FormatDetector bundled() {
        return new FormatDetector(DepartmentVocabulary.bundled());
    }

    /**
     * The reader for this file.
     *
     * @throws ImportRejectedException when the format is unknown (message {@link #UNKNOWN_FORMAT}) or the file
     *                                 cannot be read at all (empty, undecodable …)
     */
    public FacilityFileReader detect(Path file) throws ImportRejectedException {
        String name = file.getFileName().toString();
        Workbooks.Kind kind = kind(file);
        if (kind == Workbooks.Kind.ZIP && !isWorkbookZip(file)) {
            return MedInstCodeListReader.forFile(file); // a zipped CSV: the nationwide code list is the only one
        }
        if (kind == Workbooks.Kind.ZIP || kind == Workbooks.Kind.OLE2
                || kind == Workbooks.Kind.MARKUP && Workbooks.hasExcelName(file)) {
            return spreadsheet(file, name);
        }
        if (HospitalDepartmentsJsonReader.matches(file)) {
            return new HospitalDepartmentsJsonReader(vocabulary);
        }
        try (CsvTable table = CsvTable.open(file)) {
            if (MedInstCodeListReader.looksLike(table.header())) {
                return MedInstCodeListReader.forFile(file);
            }
            if (TakamatsuReader.matches(table.header())) {
                return new TakamatsuReader(vocabulary);
            }
            if (KumamotoReader.matches(table.header())) {
                return new KumamotoReader(vocabulary);
            }
            if (MunicipalStandardReader.matches(table.header())) {
                CsvRow first = table.next();
                return standard(name, new SheetRow("", 1, table.header()),
                        new SheetRow("", first.number(), first.cells()));
            }
            if (matches(table, ATTRIBUTE_HEADER) && table.header().size() == ATTRIBUTE_HEADER.size()) {
                return new FacilityAttributeReader();
            }
            if (table.column(DERIVED_DEPARTMENTS) >= 0
                    || matches(table, HELPMESEARCH_HEADER) && table.header().size() == HELPMESEARCH_HEADER.size()) {
                return new DerivedHospitalReader(vocabulary);
            }
            if (matches(table, MhlwFacilityReader.REQUIRED)) {
                return facilityReader(name, table);
            }
            if (matches(table, List.of(ID, DEPT_CODE, DEPT_NAME, TIME_SLOT))) {
                return new MhlwHoursReader(vocabulary, scopeFromName(name, "-2"));
            }
            throw unknown(name, new SheetRow("", 1, table.header()));
        }
    }

    private static FacilityFileReader facilityReader(String name, CsvTable table) throws ImportRejectedException {
        String scope = scopeFromName(name, "-1");
        if (scope.isEmpty()) {
            CsvRow first = table.next();
            FacilityKind kind = first == null ? null : MhlwFacilityReader.kindOf(first.get(table.column(KIND)));
            scope = kind == null ? "" : switch (kind) {
                case HOSPITAL -> "hospital";
                case CLINIC -> "clinic";
                case DENTAL -> "dental";
            };
        }
        return switch (scope) {
            case "hospital" -> MhlwFacilityReader.hospitals();
            case "clinic" -> MhlwFacilityReader.clinics();
            case "dental" -> new MhlwFacilityReader(FacilityKind.DENTAL, "dental");
            default -> throw unknown(name, new SheetRow("", 1, table.header()));
        };
    }

    /** hospital / clinic / dental from names like 01-1_hospital_…, 02-2_clinic_…; "" when the name says nothing. */
    static String scopeFromName(String fileName, String part) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.startsWith("01" + part) || n.contains("hospital")) {
            return "hospital";
        }
        if (n.startsWith("02" + part) || n.contains("clinic")) {
            return "clinic";
        }
        if (n.startsWith("03" + part) || n.contains("dental")) {
            return "dental";
        }
        return "";
    }

    private static boolean matches(CsvTable table, List<String> columns) {
        return columns.stream().allMatch(c -> table.column(c) >= 0);
    }

    private static Workbooks.Kind kind(Path file) throws ImportRejectedException {
        try {
            return Workbooks.kind(file);
        } catch (IOException e) {
            throw new ImportRejectedException(new ImportProblem(file.getFileName().toString(), "", 0, "",
                    "ファイルを読めません: " + e.getMessage()), e);
        }
    }

    /** A zip is a workbook unless it opens as a zip without [Content_Types].xml (a zipped CSV). */
    private static boolean isWorkbookZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null;
        } catch (IOException e) {
            return true; // broken: let the workbook reader say so
        }
    }

    /**
     * Finds the first known header within the {@link HeaderWindow} (the rule {@link HeaderedRows} reads by), so the
     * reader returned reads from the header recognised here; for the 自治体標準 layout also its first data row.
     */
    private FacilityFileReader spreadsheet(Path file, String name) throws ImportRejectedException {
        HeaderWindow window = new HeaderWindow();
        FacilityFileReader[] found = {null};
        SheetRow[] standard = {null, null}; // header, first data row
        SheetRow[] first = {null};
        Workbooks.read(file, row -> {
            if (standard[0] != null) {
                if (!row.sheet().equals(standard[0].sheet())) {
                    return false;
                }
                standard[1] = row.blank() ? null : row;
                return standard[1] == null;
            }
            if (!window.contains(row)) {
                return true;
            }
            first[0] = first[0] == null ? row : first[0];
            if (KouseikyokuSheetReader.isHeader(row)) {
                found[0] = new KouseikyokuSheetReader(vocabulary);
            } else if (TakamatsuReader.matches(row.cells())) {
                found[0] = new TakamatsuReader(vocabulary);
            } else if (KumamotoReader.matches(row.cells())) {
                found[0] = new KumamotoReader(vocabulary);
            } else if (MunicipalStandardReader.matches(row.cells())) {
                standard[0] = row;
            }
            return found[0] == null;
        }, null);
        if (found[0] != null) {
            return found[0];
        }
        if (standard[0] != null) {
            return standard(name, standard[0], standard[1]);
        }
        throw unknown(name, first[0]);
    }

    /** The 自治体標準 reader for the municipality of the first data row (rejected when it names none). */
    private MunicipalStandardReader standard(String name, SheetRow header, SheetRow first)
            throws ImportRejectedException {
        if (first == null) {
            throw new ImportRejectedException(new ImportProblem(name, header.sheet(), header.number(), "",
                    "見出し行だけでデータ行がありません。"));
        }
        String code = MunicipalStandardReader.municipalityOf(header.cells(), first.cells());
        if (code.isEmpty()) {
            throw new ImportRejectedException(new ImportProblem(name, first.sheet(), first.number(),
                    "全国地方公共団体コード", "全国地方公共団体コードが 1 行目のデータにないため、自治体を判別できません。"));
        }
        return new MunicipalStandardReader(vocabulary, code);
    }

    /** True for the rejection of a file whose format is unknown (one the column mapping may read). */
    public static boolean isUnknownFormat(ImportProblem problem) {
        return problem != null && problem.message().endsWith(UNKNOWN_FORMAT);
    }

    /** @param first the first row looked at (the CSV header, the workbook's first non-blank row), may be null */
    private static ImportRejectedException unknown(String name, SheetRow first) {
        List<String> cells = first == null ? List.of()
                : first.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        String seen = "";
        if (!cells.isEmpty()) {
            String shown = String.join("、", cells.subList(0, Math.min(SHOWN_HEADERS, cells.size())))
                    + (cells.size() > SHOWN_HEADERS ? " ほか" : "");
            seen = "見出し「" + shown + "」が既知の施設一覧（ナビイ・厚生局・高松市・熊本市・自治体標準）のどれとも"
                    + "一致しないため、";
        }
        return new ImportRejectedException(new ImportProblem(name, first == null ? "" : first.sheet(),
                first == null ? 0 : first.number(), "", seen + UNKNOWN_FORMAT));
    }
}
