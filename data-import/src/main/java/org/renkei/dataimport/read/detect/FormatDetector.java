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
import org.renkei.dataimport.read.mhlw.MhlwFacilityReader;
import org.renkei.dataimport.read.mhlw.MhlwHoursReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.renkei.dataimport.read.mhlw.MhlwColumns.*;

/**
 * Picks the reader for a file by sniffing its header row (and its name for hospital / clinic / dental).
 * Files it does not recognise are rejected with a message pointing to the column-mapping import.
 */
public final class FormatDetector {
    /** Shown when no reader fits. */
    public static final String UNKNOWN_FORMAT =
            "形式を判別できません。列の対応付け（インポート設定）を使って取り込んでください。";

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
        if (isSpreadsheet(file)) {
            throw unknown(name);
        }
        try (CsvTable table = CsvTable.open(file)) {
            if (matches(table, ATTRIBUTE_HEADER) && table.header().size() == ATTRIBUTE_HEADER.size()) {
                return new FacilityAttributeReader();
            }
            if (table.column(DERIVED_DEPARTMENTS) >= 0
                    || matches(table, HELPMESEARCH_HEADER) && table.header().size() == HELPMESEARCH_HEADER.size()) {
                return new DerivedHospitalReader(vocabulary);
            }
            if (MhlwFacilityReader.REQUIRED.stream().allMatch(c -> table.column(c) >= 0)) {
                return facilityReader(name, table);
            }
            if (matches(table, List.of(ID, DEPT_CODE, DEPT_NAME, TIME_SLOT))) {
                return new MhlwHoursReader(vocabulary, scopeFromName(name, "-2"));
            }
            throw unknown(name);
        } catch (IOException e) {
            throw new ImportRejectedException(new ImportProblem(name, "", 0, "", "ファイルを読めません: "
                    + e.getMessage()), e);
        }
    }

    private static FacilityFileReader facilityReader(String name, CsvTable table) throws ImportRejectedException {
        String scope = scopeFromName(name, "-1");
        if (scope.isEmpty()) {
            CsvRow first = table.next();
            scope = first == null ? "" : switch (first.get(table.column(KIND))) {
                case "1" -> "hospital";
                case "2" -> "clinic";
                case "3" -> "dental";
                default -> "";
            };
        }
        return switch (scope) {
            case "hospital" -> MhlwFacilityReader.hospitals();
            case "clinic" -> MhlwFacilityReader.clinics();
            case "dental" -> new MhlwFacilityReader(FacilityKind.DENTAL, "dental");
            default -> throw unknown(name);
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

    /** .xlsx / .xls content (zip or OLE2 magic) is never a CSV. */
    private static boolean isSpreadsheet(Path file) throws ImportRejectedException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && (magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4
                    || (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF && magic[2] == 0x11
                    && (magic[3] & 0xFF) == 0xE0);
        } catch (IOException e) {
            throw new ImportRejectedException(new ImportProblem(file.getFileName().toString(), "", 0, "",
                    "ファイルを読めません: " + e.getMessage()), e);
        }
    }

    private static ImportRejectedException unknown(String name) {
        return new ImportRejectedException(new ImportProblem(name, "", 0, "", UNKNOWN_FORMAT));
    }
}
