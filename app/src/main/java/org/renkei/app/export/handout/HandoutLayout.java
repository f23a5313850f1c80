package org.renkei.app.export.handout;

import org.renkei.app.export.map.MapStyle;
import org.renkei.app.export.map.Viewport;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the handout on A4 pages: title and addressee, the map, the data credit, the clinics' table, what to
 * bring, and the hospital in the footer. The map takes the room the table leaves (within limits); clinics that
 * do not fit continue on further pages under a repeated table header.
 */
final class HandoutLayout {
    static final double MARGIN = 36;
    static final float TITLE = 26f;
    static final float ADDRESSEE = 18f;
    static final float CREDIT = 8f;
    static final double MAP_MIN = 210;
    static final double MAP_MAX = 430;
    /** Keeps pins and their names off the map's edges. */
    static final double MAP_MARGIN = 48;
    private static final Color RULE = new Color(0x1F, 0x4E, 0x9A);

    private HandoutLayout() {
    }

    static double contentWidth() {
        return Page.WIDTH - 2 * MARGIN;
    }

    static List<Page> layout(Handout h, List<String> credits) {
        List<PageOp> ops = new ArrayList<>();
        double y = header(ops, h);
        double footerTop = footer(ops, h);
        double tableBottom = footerTop - 10;
        double tableHeight = HandoutTable.headerHeight();
        for (HandoutEntry e : h.entries()) {
            tableHeight += HandoutTable.height(e);
        }
        double creditHeight = CREDIT + 8;
        double room = tableBottom - y - creditHeight - 10;
        double mapHeight = Math.max(MAP_MIN, Math.min(MAP_MAX, room - tableHeight));
        double w = contentWidth();
        Viewport view = h.scene().fit(w, mapHeight, MAP_MARGIN);
        ops.add(new PageOp.Map(MARGIN, y, h.scene(), view));
        ops.add(new PageOp.Box(MARGIN, y, w, mapHeight, null, new Color(0x70, 0x70, 0x70), 0.8f));
        y += mapHeight;
        String credit = String.join("　", credits);
        double cw = TextMeasure.width(credit, CREDIT);
        ops.add(new PageOp.Text(MARGIN + w - cw, y + CREDIT + 3, CREDIT, HandoutTable.GREY, credit));
        y += creditHeight + 4;

        List<Page> pages = new ArrayList<>();
        double x = MARGIN + (w - HandoutTable.width()) / 2;
        HandoutTable.header(ops, x, y);
        y += HandoutTable.headerHeight();
        for (HandoutEntry e : h.entries()) {
            double rh = HandoutTable.height(e);
            if (y + rh > tableBottom) {
                pages.add(new Page(ops));
                ops = new ArrayList<>();
                y = MARGIN;
                footer(ops, h);
                HandoutTable.header(ops, x, y);
                y += HandoutTable.headerHeight();
            }
            y += HandoutTable.draw(ops, e, x, y);
        }
        pages.add(new Page(ops));
        return pages;
    }

    /** Title, issue date, addressee and the one-line explanation; returns where the map starts. */
    private static double header(List<PageOp> ops, Handout h) {
        double y = MARGIN;
        ops.add(new PageOp.Text(MARGIN, y + TITLE, TITLE, MapStyle.INK, Handout.TITLE));
        float small = HandoutTable.BODY;
        double dw = TextMeasure.width(h.issued(), small);
        ops.add(new PageOp.Text(Page.WIDTH - MARGIN - dw, y + TITLE, small, HandoutTable.GREY, h.issued()));
        y += TITLE + 8;
        ops.add(new PageOp.Line(MARGIN, y, Page.WIDTH - MARGIN, y, RULE, 2f));
        y += 8;
        if (!h.addressee().isBlank()) {
            ops.add(new PageOp.Text(MARGIN, y + ADDRESSEE, ADDRESSEE, MapStyle.INK, h.addressee()));
            y += ADDRESSEE * 1.5;
        }
        for (String line : TextMeasure.wrap(Handout.INTRO, small, contentWidth())) {
            ops.add(new PageOp.Text(MARGIN, y + small, small, MapStyle.INK, line));
            y += small * 1.4;
        }
        return y + small * 0.3;
    }

    /** What to bring and the hospital, anchored to the bottom margin; returns the footer's top. */
    private static double footer(List<PageOp> ops, Handout h) {
        float body = HandoutTable.BODY;
        double bottom = Page.HEIGHT - MARGIN;
        double y = bottom;
        List<String> lines = new ArrayList<>();
        if (!h.hospitalLine().isBlank()) {
            lines.addAll(TextMeasure.wrap(h.hospitalLine(), body, contentWidth()));
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            ops.add(new PageOp.Text(MARGIN, y - body * 0.3, body, MapStyle.INK, lines.get(i)));
            y -= body * 1.35;
        }
        if (!h.hospitalName().isBlank()) {
            float big = 16f;
            ops.add(new PageOp.Text(MARGIN, y - big * 0.3, big, MapStyle.INK, h.hospitalName()));
            y -= big * 1.35;
        }
        y -= 6;
        ops.add(new PageOp.Line(MARGIN, y, Page.WIDTH - MARGIN, y, RULE, 1.2f));
        y -= 10;
        List<String> bring = TextMeasure.wrap(Handout.BRING, body, contentWidth());
        for (int i = bring.size() - 1; i >= 0; i--) {
            ops.add(new PageOp.Text(MARGIN, y - body * 0.3, body, MapStyle.INK, bring.get(i)));
            y -= body * 1.35;
        }
        return y;
    }
}
