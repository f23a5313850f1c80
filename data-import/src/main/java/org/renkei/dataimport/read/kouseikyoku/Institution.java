package org.renkei.dataimport.read.kouseikyoku;

import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.DepartmentList;
import org.renkei.dataimport.read.Text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.renkei.dataimport.read.kouseikyoku.KouseikyokuSheetReader.*;

/** One institution of a bureau list, collected over its rows, and the reading of its cells once complete. */
final class Institution {
    private static final Pattern POSTCODE = Pattern.compile(
            "〒?[ \t\u3000]*([0-9０-９]{3})[ \t\u3000]*[-－‐ー−]?[ \t\u3000]*([0-9０-９]{4})([ \t\u3000]*\\R?)");
    private static final Pattern BED = Pattern.compile("([^\\d\\s]*)\\s*(\\d+)");
    private static final Pattern DEPT_SEPARATOR = Pattern.compile("[\\s\u3000、,，]+");

    /** Receives a value problem of this institution: the column (header name) and the Japanese message. */
    interface Problems {
        void at(String column, String message);
    }

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

    /** The facility, or null when the 医療機関番号 is unreadable (reported). */
    FacilityRecord toRecord(DepartmentList departments, Problems problems) {
        String code7 = InstitutionCode.normalise(code);
        if (code7.isEmpty()) {
            problems.at(CODE, "医療機関番号「" + code + "」を 7 桁の番号として読めません（この医療機関は取り込みません）。");
            return null;
        }
        if (!InstitutionCode.valid(prefecture, code7)) {
            problems.at(CODE, InstitutionCode.badCheckDigit(code));
        }
        if (prefecture.isEmpty()) {
            problems.at(CODE, "シート名や表題から都道府県を判別できないため、医療機関番号 7 桁を"
                    + "そのまま識別子にします（住所に都道府県名も補いません）。");
        }
        if (name.isEmpty()) {
            problems.at(NAME, "医療機関名称が空欄です。");
        }
        String[] postAndAddress = address(problems);
        Integer totalBeds = beds(problems);
        if (!designated.isEmpty() && WarekiDate.parse(designated).isEmpty()) {
            problems.at(DESIGNATED, "指定年月日「" + designated + "」を日付として読めません。");
        }
        List<String> labels = new ArrayList<>();
        for (String cell : depts) {
            labels.addAll(Arrays.asList(DEPT_SEPARATOR.split(cell.strip())));
        }
        List<DepartmentEntry> entries = departments.entries(labels,
                label -> problems.at(DEPARTMENTS, DepartmentList.unknownMessage(label)));
        FacilityKind kind = totalBeds != null && totalBeds >= 20 ? FacilityKind.HOSPITAL : FacilityKind.CLINIC;
        return new FacilityRecord(SOURCE, prefecture + code7, name, "", kind, postAndAddress[0],
                Prefectures.withPrefecture(prefecture, postAndAddress[1]), "", null, null, Precision.NONE,
                phone, "", totalBeds, "", entries);
    }

    /** {postcode (7 digits or ""), address} from a cell like "〒123-4567\n住所". */
    private String[] address(Problems problems) {
        String cell = address.strip();
        Matcher m = POSTCODE.matcher(cell);
        if (m.lookingAt() && (cell.startsWith("〒") || m.group(3).contains("\n") || m.group(3).contains("\r"))) {
            String post = Text.nfkc(m.group(1) + m.group(2));
            return new String[] {post, joinLines(cell.substring(m.end()))};
        }
        if (cell.startsWith("〒")) {
            problems.at(ADDRESS, "郵便番号「" + cell.lines().findFirst().orElse("") + "」を読めません（住所だけ取り込みます）。");
            return new String[] {"", joinLines(cell.contains("\n") ? cell.substring(cell.indexOf('\n')) : "")};
        }
        return new String[] {"", joinLines(cell)};
    }

    private static String joinLines(String s) {
        return String.join("", s.strip().lines().map(String::strip).toList());
    }

    /** Sum of the beds in cells like "一般　19", "療養 30"; null when none. */
    private Integer beds(Problems problems) {
        Integer total = null;
        for (String cell : beds) {
            Matcher m = BED.matcher(Text.nfkc(cell));
            boolean any = false;
            while (m.find()) {
                total = (total == null ? 0 : total) + Integer.parseInt(m.group(2));
                any = true;
            }
            if (!any) {
                problems.at(BEDS, "病床数「" + cell + "」を読めません（空欄として取り込みます）。");
            }
        }
        return total;
    }
}
