package org.renkei.app.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/** Cells of one department: cell key to the facility numbers in that cell. */
final class DeptGrid {
    private final Map<Long, int[]> cells;

    private DeptGrid(Map<Long, int[]> cells) {
        this.cells = cells;
    }

    static DeptGrid of(Map<Long, List<Integer>> lists) {
        Map<Long, int[]> m = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> m.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return new DeptGrid(m);
    }

    /** Visits the facilities of every cell in the inclusive row/column ranges. */
    void forEachIn(int row0, int row1, int col0, int col1, IntConsumer visitor) {
        long span = (long) (row1 - row0 + 1) * (col1 - col0 + 1);
        if (span > cells.size()) {
            cells.forEach((key, ids) -> {
                int r = (int) (key >> 32);
                int c = (int) (long) key;
                if (r >= row0 && r <= row1 && c >= col0 && c <= col1) {
                    visit(ids, visitor);
                }
            });
            return;
        }
        for (int r = row0; r <= row1; r++) {
            for (int c = col0; c <= col1; c++) {
                int[] ids = cells.get(MatchIndex.cellKey(r, c));
                if (ids != null) {
                    visit(ids, visitor);
                }
            }
        }
    }

    void forEachAll(IntConsumer visitor) {
        cells.values().forEach(ids -> visit(ids, visitor));
    }

    private static void visit(int[] ids, IntConsumer visitor) {
        for (int i : ids) {
            visitor.accept(i);
        }
    }
}
