package org.renkei.dataimport.read.profile;

import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.Text;
import org.renkei.dataimport.read.sheet.SheetRow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The profile's columns found in the header row: an index per mapped field and per department flag column. A column
 * named by header text that the header row does not hold rejects the file, naming every such column.
 */
final class MappedHeader {
    private static final int SHOWN_HEADERS = 10;

    private final List<String> cells;
    private final Map<Field, Integer> indexes;
    private final List<Integer> flagColumns;

    private MappedHeader(List<String> cells, Map<Field, Integer> indexes, List<Integer> flagColumns) {
        this.cells = cells;
        this.indexes = indexes;
        this.flagColumns = flagColumns;
    }

    static MappedHeader resolve(ImportProfile profile, SheetRow header, String file) throws ImportRejectedException {
        Set<String> missing = new LinkedHashSet<>();
        Map<Field, Integer> indexes = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            ColumnRef ref = profile.columns().get(field);
            if (ref == null) {
                continue;
            }
            int i = ref.indexIn(header.cells());
            if (i < 0) {
                missing.add(ref.describe() + "（" + field.label() + "）");
            }
            indexes.put(field, i);
        }
        List<Integer> flags = new ArrayList<>();
        for (ColumnRef ref : profile.departments().flagColumns()) {
            int i = ref.indexIn(header.cells());
            if (i < 0) {
                missing.add(ref.describe() + "（診療科の列）");
            } else if (Text.headerKey(header.get(i)).isEmpty()) {
                missing.add(ref.describe() + "（診療科・見出しが空）");
            } else {
                flags.add(i);
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportRejectedException(new ImportProblem(file, header.sheet(), header.number(), "",
                    "インポート設定の列 " + String.join("、", missing) + " が見出し行（" + header.number()
                            + " 行目）にありません。見出し行の番号と列の名前を確かめてください（この行の見出し: "
                            + shown(header.cells()) + "）。"));
        }
        return new MappedHeader(header.cells(), indexes, List.copyOf(flags));
    }

    private static String shown(List<String> cells) {
        List<String> texts = cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (texts.isEmpty()) {
            return "なし（空の行）";
        }
        String joined = String.join("、", texts.subList(0, Math.min(SHOWN_HEADERS, texts.size())));
        return texts.size() > SHOWN_HEADERS ? joined + " ほか" : joined;
    }

    /** The column index of a field, -1 when the profile does not map it. */
    int index(Field field) {
        return indexes.getOrDefault(field, -1);
    }

    /** The cell of a field in a row ("" when unmapped or beyond the row). */
    String get(SheetRow row, Field field) {
        return row.get(index(field));
    }

    List<Integer> flagColumns() {
        return flagColumns;
    }

    /** The column's header text, or its letter when the header cell is empty. */
    String name(int column) {
        if (column < 0) {
            return "";
        }
        String text = column < cells.size() ? cells.get(column).strip() : "";
        return text.isEmpty() ? SheetRow.columnLetter(column) : text;
    }
}
