package org.renkei.app.export.letter;

import java.io.IOException;
import java.util.List;

import static org.renkei.app.export.letter.PdfPages.MARGIN;
import static org.renkei.app.export.letter.PdfPages.WIDTH;

/**
 * The letter's bordered table in the PDF: grey label cells, wrapped values, and long values continued on the next
 * page under the label with （続き）.
 */
final class PdfTable {
    static final float SIZE = 10.5f;
    static final float LEADING = 15.5f;
    static final float PAD = 4.5f;
    /** Column widths of a pair row: label, value, label, value; a wide row spans the last three. */
    private static final float[] COLS = {95, 190, 60, WIDTH - 345};
    private static final float LABEL_GREY = 0.92f;

    private final PdfPages pages;
    private final PdfTextLayout text;

    PdfTable(PdfPages pages, PdfTextLayout text) {
        this.pages = pages;
        this.text = text;
    }

    void row(LetterRow row) throws IOException {
        if (row.isPair()) {
            pair(row);
        } else {
            wide(row);
        }
    }

    private void pair(LetterRow row) throws IOException {
        List<List<String>> cells = List.of(wrap(row.label(), COLS[0]), wrap(row.value(), COLS[1]),
                wrap(row.label2(), COLS[2]), wrap(row.value2(), COLS[3]));
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        if (height(lines) > PdfPages.TOP - PdfPages.BOTTOM - 40) {   // absurdly long: let the halves split
            wide(LetterRow.wide(row.label(), row.value()));
            wide(LetterRow.wide(row.label2(), row.value2()));
            return;
        }
        if (height(lines) > pages.room()) {
            pages.newPage();
        }
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            cell(x, COLS[i], cells.get(i), lines, i % 2 == 0);
            x += COLS[i];
        }
        pages.down(height(lines));
    }

    private void wide(LetterRow row) throws IOException {
        float valueWidth = WIDTH - COLS[0];
        List<String> value = wrap(row.value(), valueWidth);
        List<String> label = wrap(row.label(), COLS[0]);
        int from = 0;
        do {
            int need = Math.max(label.size(), Math.min(2, value.size() - from));
            if (fitting() < need) {
                pages.newPage();
                if (fitting() < need) {
                    throw new IllegalStateException("a table row does not fit on an empty page");
                }
            }
            int take = Math.min(fitting(), value.size() - from);
            int lines = Math.max(take, label.size());
            cell(MARGIN, COLS[0], label, lines, true);
            cell(MARGIN + COLS[0], valueWidth, value.subList(from, from + take), lines, false);
            pages.down(height(lines));
            from += take;
            label = wrap(row.label() + "（続き）", COLS[0]);
        } while (from < value.size());
    }

    private void cell(float x, float w, List<String> lines, int rowLines, boolean label) throws IOException {
        float top = pages.y();
        pages.box(x, top, w, height(rowLines), label ? LABEL_GREY : -1);
        float baseline = top - PAD - SIZE * 0.95f;
        for (String line : lines) {
            pages.text(line, x + PAD, baseline, SIZE);
            baseline -= LEADING;
        }
    }

    private List<String> wrap(String s, float cellWidth) {
        return text.wrap(s, SIZE, cellWidth - 2 * PAD);
    }

    /** How many lines a row could still hold on this page. */
    private int fitting() {
        return (int) Math.floor((pages.room() - 2 * PAD - SIZE * 1.2f) / LEADING) + 1;
    }

    static float height(int lines) {
        return 2 * PAD + (lines - 1) * LEADING + SIZE * 1.2f;
    }
}
