package org.renkei.dataimport.read.profile;

import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.Coordinates;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.Text;
import org.renkei.dataimport.read.WholeNumber;
import org.renkei.dataimport.read.sheet.SheetRow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one data row of a user's list into a facility, reporting value problems at their row and column. */
final class RowMapper {
    private static final int MAX_KEY = 64;
    private static final Pattern POSTCODE_IN_ADDRESS = Pattern.compile("^〒?\\s*(\\d{3})-?(\\d{4})\\s*");

    private final ImportProfile profile;
    private final MappedHeader header;
    private final ProfileDepartments departments;
    private final String file;
    private final ImportSink sink;
    private final Map<String, Long> seen = new HashMap<>();

    RowMapper(ImportProfile profile, MappedHeader header, ProfileDepartments departments, String file, ImportSink sink) {
        this.profile = profile;
        this.header = header;
        this.departments = departments;
        this.file = file;
        this.sink = sink;
    }

    void map(SheetRow row) {
        String name = join(header.get(row, Field.NAME));
        if (name.isEmpty()) {
            problem(row, Field.NAME, "名称が空欄のため、この行は取り込みません。");
            return;
        }
        String address = join(header.get(row, Field.ADDRESS));
        String postcode = postcode(row);
        Matcher inAddress = POSTCODE_IN_ADDRESS.matcher(Text.nfkc(address));
        if (inAddress.lookingAt()) {
            postcode = postcode.isEmpty() ? inAddress.group(1) + inAddress.group(2) : postcode;
            address = Text.nfkc(address).substring(inAddress.end());
        }
        if (address.isEmpty()) {
            problem(row, Field.ADDRESS, "住所が空欄です（地図や距離の検索には出ません）。");
        }
        String key = key(row, name, address);
        if (key == null) {
            return;
        }
        Long first = seen.putIfAbsent(key, row.number());
        if (first != null) {
            problem(row, profile.keyPolicy() == KeyPolicy.COLUMN ? Field.KEY : Field.NAME, "同じ医療機関が "
                    + first + " 行目にもあります（" + describeKey(key) + "）。この行は取り込みません。");
            return;
        }
        List<DepartmentEntry> entries = departments.read(row, header,
                (column, message) -> problem(row, column, message));
        Integer beds = beds(row);
        double[] at = coordinates(row);
        sink.facility(new FacilityRecord(profile.source(), key, name, header.get(row, Field.KANA).strip(),
                kind(row, name, beds), postcode, address, "", at == null ? null : at[0], at == null ? null : at[1],
                at == null ? Precision.NONE : Precision.SOURCE, header.get(row, Field.PHONE).strip(),
                header.get(row, Field.URL).strip(), beds, header.get(row, Field.CLOSED_DAYS).strip(), entries),
                row.sheet(), row.number());
    }

    private String key(SheetRow row, String name, String address) {
        if (profile.keyPolicy() == KeyPolicy.NAME_ADDRESS) {
            return DerivedKey.of(name, address);
        }
        String key = Text.nfkc(header.get(row, Field.KEY));
        if (key.isEmpty()) {
            problem(row, Field.KEY, "キーが空欄のため、この行は取り込みません。");
            return null;
        }
        if (key.length() > MAX_KEY) {
            problem(row, Field.KEY, "キーが長すぎます（" + MAX_KEY + " 文字まで）。この行は取り込みません。");
            return null;
        }
        return key;
    }

    private String describeKey(String key) {
        return profile.keyPolicy() == KeyPolicy.COLUMN ? "キー「" + key + "」" : "名称と住所が同じ";
    }

    /** 7 digits from 〒123-4567 / 1234567 / full width; "" when empty; problem when not 7 digits. */
    private String postcode(SheetRow row) {
        String cell = header.get(row, Field.POSTAL_CODE);
        String v = Text.nfkc(cell).replace("〒", "").replace("-", "").strip();
        if (v.isEmpty() || v.matches("\\d{7}")) {
            return v;
        }
        problem(row, Field.POSTAL_CODE, "郵便番号「" + cell.strip() + "」が 7 桁ではありません（空欄として取り込みます）。");
        return "";
    }

    private Integer beds(SheetRow row) {
        WholeNumber.Parsed parsed = WholeNumber.parse(header.get(row, Field.BEDS), "病床数");
        if (parsed.problem() != null) {
            problem(row, Field.BEDS, parsed.problem());
        }
        return parsed.value();
    }

    private double[] coordinates(SheetRow row) {
        if (header.index(Field.LAT) < 0 || header.index(Field.LNG) < 0) {
            return null;
        }
        Coordinates.Parsed parsed = Coordinates.parse(header.get(row, Field.LAT), header.get(row, Field.LNG));
        if (parsed.problem() != null) {
            problem(row, Field.LAT, parsed.problem());
        }
        return parsed.latLng();
    }

    /** From the 種別 column when mapped (歯科 / 病院 / 診療所・クリニック・医院), else from the name and beds. */
    private FacilityKind kind(SheetRow row, String name, Integer beds) {
        String text = Text.nfkc(header.get(row, Field.KIND));
        if (text.contains("歯科")) {
            return FacilityKind.DENTAL;
        }
        if (text.contains("病院")) {
            return FacilityKind.HOSPITAL;
        }
        if (text.contains("診療所") || text.contains("クリニック") || text.contains("医院")) {
            return FacilityKind.CLINIC;
        }
        FacilityKind byName = kindOfName(name, beds);
        if (!text.isEmpty()) {
            problem(row, Field.KIND, "種別「" + header.get(row, Field.KIND).strip() + "」を読めません（"
                    + byName.label() + "として取り込みます）。");
        }
        return byName;
    }

    /**
     * 病院 when a hospital word (病院, 医療センター, 療育センター, ホスピタル) comes after every clinic word (診療所, クリニック,
     * 医院) in the name, or when there is no such word and 20 beds or more; 歯科 for a dental name without 病院; else 診療所.
     */
    static FacilityKind kindOfName(String name, Integer beds) {
        int hospital = last(name, "病院", "医療センター", "療育センター", "ホスピタル");
        int clinic = last(name, "診療所", "クリニック", "医院");
        if (hospital > clinic || (hospital < 0 && clinic < 0 && beds != null && beds >= 20)) {
            return FacilityKind.HOSPITAL;
        }
        return name.contains("歯科") ? FacilityKind.DENTAL : FacilityKind.CLINIC;
    }

    private static int last(String name, String... words) {
        int at = -1;
        for (String w : words) {
            at = Math.max(at, name.lastIndexOf(w));
        }
        return at;
    }

    /** Cell text on one line: line breaks inside the cell joined, surrounding spaces stripped. */
    private static String join(String cell) {
        return String.join("", cell.strip().lines().map(String::strip).toList());
    }

    private void problem(SheetRow row, Field field, String message) {
        problem(row, header.index(field), message);
    }

    private void problem(SheetRow row, int column, String message) {
        sink.problem(new ImportProblem(file, row.sheet(), row.number(), header.name(column), message));
    }
}
