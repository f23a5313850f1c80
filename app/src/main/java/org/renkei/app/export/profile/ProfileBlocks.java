package org.renkei.app.export.profile;

import org.renkei.app.export.handout.PageOp;
import org.renkei.app.export.handout.TextMeasure;
import org.renkei.app.export.map.MapStyle;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import static org.renkei.app.export.profile.ProfileLayout.ACCENT;
import static org.renkei.app.export.profile.ProfileLayout.BAND;
import static org.renkei.app.export.profile.ProfileLayout.GREY;
import static org.renkei.app.export.profile.ProfileLayout.MARGIN;
import static org.renkei.app.export.profile.ProfileLayout.STALE;
import static org.renkei.app.export.profile.ProfileLayout.W;

/**
 * The profile's blocks, each drawn from a top edge {@code y} and returning the next free {@code y} (points from
 * the page top). Departments and capabilities are set at {@link #BODY} × the scale the layout chose.
 */
final class ProfileBlocks {
    static final float BODY = 11f;
    private static final Color INK = MapStyle.INK;
    private static final double LABEL_W = 62;
    private final List<PageOp> ops;
    private final float scale;

    ProfileBlocks(List<PageOp> ops, float scale) {
        this.ops = ops;
        this.scale = scale;
    }

    /** Sheet title, corporation, the name as large as fits (30 pt, down to 18 pt on two lines), badges, a rule. */
    double header(ProfileSheet s, double y) {
        text(MARGIN, y + 10, 10f, ACCENT, ProfileText.TITLE);
        y += 14;
        if (!s.corporation().isEmpty()) {
            text(MARGIN, y + 11, 11f, GREY, s.corporation());
            y += 15;
        }
        float size = 30f;
        while (size > 18f && TextMeasure.width(s.name(), size) > W) {
            size -= 1f;
        }
        for (String line : TextMeasure.wrap(s.name(), size, W)) {
            text(MARGIN, y + size, size, INK, line);
            y += size * 1.25;
        }
        y += 4;
        double x = MARGIN;
        if (!s.kind().isEmpty()) {
            x += badge(x, y, s.kind(), null, ACCENT) + 6;
        }
        if (s.registered()) {
            x += badge(x, y, ProfileText.REGISTERED, ACCENT, Color.WHITE) + 6;
            text(x, y + 13, 9f, GREY, "当院と連携している登録医の医療機関です");
        }
        if (!s.kind().isEmpty() || s.registered()) {
            y += 22;
        }
        y += 4;
        ops.add(new PageOp.Line(MARGIN, y, MARGIN + W, y, ACCENT, 2f));
        return y + 10;
    }

    /** Telephone (large) and web address. */
    double contact(ProfileSheet s, double y) {
        float big = 18f;
        text(MARGIN, y + big - 3, 10f, GREY, "電話");
        if (s.phone().isEmpty()) {
            text(MARGIN + LABEL_W, y + big - 3, 10.5f, GREY, "（電話番号の情報がありません）");
        } else {
            text(MARGIN + LABEL_W, y + big - 1, big, INK, s.phone());
        }
        y += big + 8;
        if (!s.url().isEmpty()) {
            y = label("ホームページ", s.url(), y);
        }
        return y + 4;
    }

    /** A grey label and its value, wrapped beside it. */
    double label(String label, String value, double y) {
        float size = 10.5f;
        text(MARGIN, y + size, 9.5f, GREY, label);
        for (String line : TextMeasure.wrap(value, size, W - LABEL_W)) {
            text(MARGIN + LABEL_W, y + size, size, INK, line);
            y += size * 1.4;
        }
        return y + 2;
    }

    /** A section heading with an accent bar and an optional grey aside. */
    double heading(String title, String aside, double y) {
        float size = 12.5f;
        y += 6;
        ops.add(new PageOp.Box(MARGIN, y + 1, 4, size + 1, ACCENT, null, 0));
        text(MARGIN + 9, y + size, size, INK, title);
        if (!aside.isEmpty()) {
            text(MARGIN + 9 + TextMeasure.width(title, size) + 8, y + size, 8.5f, GREY, aside);
        }
        return y + size + 7;
    }

    /** Departments and hours (see {@link HoursBlock}); at most {@code maxLines} lines, the rest summarised. */
    double hours(ProfileSheet s, double y, int maxLines) {
        y = heading("診療科・診療時間", "", y);
        return HoursBlock.draw(ops, s.hours(), y, BODY * scale, maxLines);
    }

    /** Items joined by {@code sep}, broken only between items (an item wider than a line is wrapped alone). */
    static List<String> wrapItems(List<String> items, String sep, float size, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String item : items) {
            String candidate = line.isEmpty() ? item : line + sep + item;
            if (TextMeasure.width(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line + sep);
            }
            List<String> pieces = TextMeasure.wrap(item, size, width);
            lines.addAll(pieces.subList(0, pieces.size() - 1));
            line.setLength(0);
            line.append(pieces.get(pieces.size() - 1));
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Capability lines in two columns, each 「label　確認日 …」 with the stale ones marked 要確認. */
    double capabilities(ProfileSheet s, double y) {
        y = heading("対応できること", "当院の連携室が医療機関に確認した内容です", y);
        float f = BODY * scale;
        float small = f * 0.82f;
        List<ProfileSheet.CapabilityLine> caps = s.capabilities();
        if (caps.isEmpty()) {
            text(MARGIN + 6, y + f, f, GREY, ProfileText.NO_CAPABILITIES);
            return y + f * 1.6;
        }
        int columns = caps.size() > 5 ? 2 : 1;
        double colW = (W - 12) / columns;
        int rows = (caps.size() + columns - 1) / columns;
        double[] bottoms = new double[columns];
        for (int i = 0; i < caps.size(); i++) {
            int col = i / rows;
            double x = MARGIN + 6 + col * colW;
            double ty = i % rows == 0 ? y : bottoms[col];
            bottoms[col] = capability(caps.get(i), x, ty, colW - 8, f, small);
        }
        y = Math.max(bottoms[0], columns > 1 ? bottoms[1] : 0);
        if (caps.stream().anyMatch(ProfileSheet.CapabilityLine::stale)) {
            for (String line : TextMeasure.wrap(ProfileText.STALE_NOTE, small, W - 12)) {
                text(MARGIN + 6, y + small + 2, small, STALE, line);
                y += small * 1.4;
            }
            y += 2;
        }
        return y + 2;
    }

    private double capability(ProfileSheet.CapabilityLine c, double x, double y, double width, float f, float small) {
        Color ink = c.stale() ? STALE : INK;
        String label = "● " + c.label();
        String mark = c.stale() ? "　※" + ProfileText.STALE : "";
        double lw = TextMeasure.width(label + "　", f);
        double rest = TextMeasure.width(c.verified() + mark, small);
        if (lw + rest <= width) {
            text(x, y + f, f, ink, label);
            text(x + lw, y + f, small, GREY, c.verified());
            if (!mark.isEmpty()) {
                text(x + lw + TextMeasure.width(c.verified(), small), y + f, small, STALE, mark);
            }
            return y + f * 1.45;
        }
        for (String line : TextMeasure.wrap(label, f, width)) {
            text(x, y + f, f, ink, line);
            y += f * 1.35;
        }
        text(x + f, y + small, small, GREY, c.verified());
        if (!mark.isEmpty()) {
            text(x + f + TextMeasure.width(c.verified(), small), y + small, small, STALE, mark);
        }
        return y + small * 1.6;
    }

    /** Disclaimer, data sources and printed date, anchored at {@code bottom}; returns the footer's top. */
    double footer(ProfileSheet s, double bottom) {
        List<FootLine> lines = new ArrayList<>();
        TextMeasure.wrap(ProfileText.DISCLAIMER, 8.5f, W).forEach(l -> lines.add(new FootLine(8.5f, INK, l)));
        for (String src : s.sources()) {
            TextMeasure.wrap("医療機関情報の出典：" + src, 7.5f, W).forEach(l -> lines.add(new FootLine(7.5f, GREY, l)));
        }
        s.footer().forEach(l -> lines.add(new FootLine(9f, INK, l)));
        double y = bottom;
        for (int i = lines.size() - 1; i >= 0; i--) {
            FootLine l = lines.get(i);
            text(MARGIN, y - l.size() * 0.3, l.size(), l.color(), l.text());
            y -= l.size() * 1.4;
        }
        y -= 4;
        ops.add(new PageOp.Line(MARGIN, y, MARGIN + W, y, ACCENT, 1f));
        return y;
    }

    private record FootLine(float size, Color color, String text) {
    }

    /** A badge: filled ({@code fill}) or outlined; returns its width. */
    private double badge(double x, double y, String label, Color fill, Color ink) {
        float size = 10.5f;
        double w = TextMeasure.width(label, size) + 14;
        ops.add(new PageOp.Box(x, y, w, 18, fill, fill == null ? ink : null, 1f));
        text(x + 7, y + 13.2, size, ink, label);
        return w;
    }

    private void text(double x, double baseline, float size, Color color, String s) {
        if (!s.isEmpty()) {
            ops.add(new PageOp.Text(x, baseline, size, color, s));
        }
    }
}
