package org.renkei.dataimport.read.profile;

import org.renkei.dataimport.dept.AliasKind;
import org.renkei.dataimport.dept.DepartmentAlias;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.dept.Labels;
import org.renkei.dataimport.read.Text;
import org.renkei.dataimport.read.sheet.SheetRow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * First guesses for the mapping dialog, from header texts as offices write them: 医療機関名/名称 → name, 住所/所在地 →
 * address, 電話 → phone, 郵便番号/〒 → postal code, 診療科 → departments …; a header row; and how departments are
 * written. The user confirms or changes every guess.
 */
public final class ColumnGuess {
    /** Checked in order: the first pattern matching a header wins (名称（カナ） is kana, not name). */
    private static final Map<Field, Pattern> RULES = new LinkedHashMap<>();

    static {
        RULES.put(Field.KANA, Pattern.compile("フリガナ|ふりがな|カナ|かな|よみ|読み"));
        RULES.put(Field.POSTAL_CODE, Pattern.compile("郵便|^〒$|^〒"));
        RULES.put(Field.ADDRESS, Pattern.compile("住所|所在地"));
        RULES.put(Field.PHONE, Pattern.compile("電話|^tel|tel$|℡"));
        RULES.put(Field.URL, Pattern.compile("url|ホームページ|^hp$|ウェブ|^web"));
        RULES.put(Field.LAT, Pattern.compile("緯度|^lat"));
        RULES.put(Field.LNG, Pattern.compile("経度|^lng|^lon"));
        RULES.put(Field.BEDS, Pattern.compile("病床"));
        RULES.put(Field.CLOSED_DAYS, Pattern.compile("休診"));
        RULES.put(Field.DEPARTMENTS, Pattern.compile("診療科|標榜科|科目"));
        RULES.put(Field.KIND, Pattern.compile("種別|区分|種類"));
        RULES.put(Field.KEY, Pattern.compile("コード|機関番号|施設番号|^id$"));
        RULES.put(Field.NAME, Pattern.compile("医療機関|施設名|病院名|医院名|クリニック名|名称|機関名|紹介先|^病院$|^施設$"));
    }

    private static final String SEPARATORS = "、,;/・ ";

    private ColumnGuess() {
    }

    /** The field a header text suggests, or null. */
    public static Field field(String header) {
        String key = Text.headerKey(header).toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return null;
        }
        for (Map.Entry<Field, Pattern> rule : RULES.entrySet()) {
            if (rule.getValue().matcher(key).find()) {
                return rule.getKey();
            }
        }
        return null;
    }

    /** Field → column index for a header row; each field and each column at most once, leftmost first. */
    public static Map<Field, Integer> fields(List<String> header) {
        Map<Field, Integer> out = new EnumMap<>(Field.class);
        for (int i = 0; i < header.size(); i++) {
            Field f = field(header.get(i));
            if (f != null) {
                out.putIfAbsent(f, i);
            }
        }
        return out;
    }

    /** The header row: the first row naming two known fields, else the first with two department names, else the fullest. */
    public static long headerRow(List<SheetRow> rows, DepartmentVocabulary vocabulary) {
        for (SheetRow r : rows) {
            if (fields(r.cells()).size() >= 2) {
                return r.number();
            }
        }
        for (SheetRow r : rows) {
            if (flagColumns(r.cells(), Map.of(), vocabulary).size() >= 2) {
                return r.number();
            }
        }
        SheetRow fullest = null;
        for (SheetRow r : rows) {
            if (fullest == null || r.filled() > fullest.filled()) {
                fullest = r;
            }
        }
        return fullest == null ? 1 : fullest.number();
    }

    /** Columns not mapped to a field whose header is a department name (or alias) of the vocabulary. */
    public static List<Integer> flagColumns(List<String> header, Map<Field, Integer> mapped,
                                            DepartmentVocabulary vocabulary) {
        Set<Integer> taken = new HashSet<>(mapped.values());
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!taken.contains(i) && !header.get(i).isBlank() && vocabulary.resolve(header.get(i).strip()).isPresent()) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * How departments seem to be written: FLAG_COLUMNS when two or more unmapped headers are department names; else,
     * with a departments column, ABBREVIATIONS when most of its labels are 厚生局 abbreviations, otherwise LIST with the
     * separator used most in the cells; else NONE.
     */
    public static DepartmentSpec departments(List<String> header, List<SheetRow> data, Map<Field, Integer> mapped,
                                             DepartmentVocabulary vocabulary) {
        List<Integer> flags = flagColumns(header, mapped, vocabulary);
        if (flags.size() >= 2) {
            return DepartmentSpec.flags(flags.stream().map(i -> ColumnRef.forColumn(header, i)).toList());
        }
        Integer column = mapped.get(Field.DEPARTMENTS);
        if (column == null) {
            return new DepartmentSpec(DepartmentStyle.NONE, "", List.of(), List.of());
        }
        Map<Character, Integer> counts = new LinkedHashMap<>();
        Set<String> abbreviations = new HashSet<>();
        for (DepartmentAlias a : vocabulary.aliases()) {
            if (a.kind() == AliasKind.ABBREVIATION) {
                abbreviations.add(Labels.key(a.alias()));
            }
        }
        int labels = 0;
        int abbreviated = 0;
        for (SheetRow r : data) {
            String cell = Text.nfkc(r.get(column));
            for (char c : cell.toCharArray()) {
                char s = Character.isWhitespace(c) ? ' ' : c;
                if (SEPARATORS.indexOf(s) >= 0) {
                    counts.merge(s, 1, Integer::sum);
                }
            }
            for (String label : cell.split("[、,;/・\\s]+")) {
                if (!label.isEmpty()) {
                    labels++;
                    abbreviated += abbreviations.contains(Labels.key(label)) ? 1 : 0;
                }
            }
        }
        Character separator = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        if (labels > 0 && abbreviated * 2 > labels) {
            return DepartmentSpec.abbreviations(separator == null || separator == ' ' ? "" : separator.toString());
        }
        return DepartmentSpec.list(separator == null ? "" : separator.toString());
    }
}
