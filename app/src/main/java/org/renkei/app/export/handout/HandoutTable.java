package org.renkei.app.export.handout;

import org.renkei.app.export.map.MapStyle;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The handout's table: 番号 | 医療機関（名称・住所） | 受診する診療科 | 電話番号 | 距離, and under each clinic its
 * opening hours across the row. Body text 14 pt, the clinic's name 17 pt.
 */
final class HandoutTable {
    static final float BODY = 14f;
    static final float NAME = 17f;
    static final float SMALL = 10.5f;
    static final float HEAD = 13f;
    static final double[] COLUMNS = {40, 203, 100, 120, 60};
    static final String[] HEADERS = {"番号", "医療機関・住所", "受診する診療科", "電話番号", "距離"};
    static final String HOURS_LABEL = "診療時間：";
    static final Color GRID = new Color(0x8A, 0x8A, 0x8A);
    static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);
    static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final double PAD = 6;
    private static final double LEAD = 1.3;

    private HandoutTable() {
    }

    static double width() {
        double w = 0;
        for (double c : COLUMNS) {
            w += c;
        }
        return w;
    }

    static double headerHeight() {
        return HEAD * LEAD + 2 * PAD;
    }

    static void header(List<PageOp> ops, double x, double y) {
        ops.add(new PageOp.Box(x, y, width(), headerHeight(), HEADER_FILL, GRID, 0.8f));
        double cx = x;
        for (int i = 0; i < COLUMNS.length; i++) {
            double tw = TextMeasure.width(HEADERS[i], HEAD);
            ops.add(new PageOp.Text(cx + (COLUMNS[i] - tw) / 2, y + PAD + HEAD, HEAD, MapStyle.INK, HEADERS[i]));
            if (i > 0) {
                ops.add(new PageOp.Line(cx, y, cx, y + headerHeight(), GRID, 0.8f));
            }
            cx += COLUMNS[i];
        }
    }

    /** Height of one clinic's row, hours included. */
    static double height(HandoutEntry e) {
        return row(e, 0, 0).height;
    }

    /** Draws one clinic's row with its top at {@code y}; returns the height used. */
    static double draw(List<PageOp> ops, HandoutEntry e, double x, double y) {
        Row r = row(e, x, y);
        ops.addAll(r.ops);
        return r.height;
    }

    private record Row(List<PageOp> ops, double height) {
    }

    private static Row row(HandoutEntry e, double x, double y) {
        List<PageOp> ops = new ArrayList<>();
        double[] left = lefts(x);
        double top = y + PAD;
        double nameBottom = top;
        if (!e.corporation().isEmpty()) {
            nameBottom = text(ops, e.corporation(), SMALL, GREY, left[1], nameBottom, COLUMNS[1]);
        }
        nameBottom = text(ops, e.name(), NAME, MapStyle.INK, left[1], nameBottom, COLUMNS[1]);
        double col1 = text(ops, e.address(), BODY, MapStyle.INK, left[1], nameBottom + 2, COLUMNS[1]);
        if (!e.onMap()) {
            col1 = text(ops, Handout.NOT_ON_MAP, SMALL, GREY, left[1], col1, COLUMNS[1]);
        }
        double col2 = top;
        for (String dept : e.departments()) {                    // one per line: never split a name
            col2 = text(ops, dept, BODY, MapStyle.INK, left[2], col2, COLUMNS[2]);
        }
        double col3 = text(ops, e.phone(), BODY, MapStyle.INK, left[3], top, COLUMNS[3]);
        double dw = TextMeasure.width(e.distance(), BODY);
        ops.add(new PageOp.Text(left[4] + COLUMNS[4] - 2 * PAD - dw, top + BODY, BODY, MapStyle.INK, e.distance()));
        double r = 11;
        ops.add(new PageOp.Pin(left[0] + COLUMNS[0] / 2 - PAD, top + r + 1, r, e.number(),
                e.onMap() ? MapStyle.PIN : Color.GRAY));
        double upper = Math.max(Math.max(col1, col2), Math.max(col3, top + r * 2 + 2)) + PAD;

        double hx = left[1];
        double labelWidth = TextMeasure.width(HOURS_LABEL, BODY);
        double hoursWidth = width() - COLUMNS[0] - 2 * PAD - labelWidth;
        ops.add(new PageOp.Line(x + COLUMNS[0], upper, x + width(), upper, new Color(0xC8, 0xC8, 0xC8), 0.6f));
        ops.add(new PageOp.Text(hx, upper + PAD + BODY, BODY, GREY, HOURS_LABEL));
        double hy = upper + PAD;
        for (String line : e.hours()) {
            hy = text(ops, line, BODY, MapStyle.INK, hx + labelWidth, hy, hoursWidth + 2 * PAD);
        }
        double bottom = hy + PAD;
        double height = bottom - y;
        ops.add(new PageOp.Box(x, y, width(), height, null, GRID, 0.8f));
        double cx = x + COLUMNS[0];
        ops.add(new PageOp.Line(cx, y, cx, y + height, GRID, 0.8f));
        for (int i = 1; i < COLUMNS.length - 1; i++) {
            cx += COLUMNS[i];
            ops.add(new PageOp.Line(cx, y, cx, upper, GRID, 0.8f));
        }
        return new Row(ops, height);
    }

    private static double[] lefts(double x) {
        double[] out = new double[COLUMNS.length];
        double cx = x;
        for (int i = 0; i < COLUMNS.length; i++) {
            out[i] = cx + PAD;
            cx += COLUMNS[i];
        }
        return out;
    }

    /** Wrapped text from {@code top} (top of the first line); returns the bottom of the last line. */
    static double text(List<PageOp> ops, String text, float size, Color color, double x, double top,
                       double columnWidth) {
        if (text.isEmpty()) {
            return top;
        }
        double y = top;
        for (String line : TextMeasure.wrap(text, size, columnWidth - 2 * PAD)) {
            ops.add(new PageOp.Text(x, y + size, size, color, line));
            y += size * LEAD;
        }
        return y;
    }
}
