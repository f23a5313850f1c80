package org.renkei.app.export.profile;

import org.renkei.app.export.handout.Page;
import org.renkei.app.export.handout.PageOp;
import org.renkei.app.export.handout.TextMeasure;
import org.renkei.app.export.map.Viewport;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the profile on one A4 page: header, contact, departments and hours, capabilities, then the access map in
 * the room that is left, and the credits at the foot. When the text leaves less than {@link #MAP_MIN} for the map
 * the text is set smaller (down to {@link #SCALES}' last step); if that is still too long, the department list is
 * cut with 「ほか N 診療科」 so the sheet never runs onto a second page.
 */
final class ProfileLayout {
    static final double MARGIN = 36;
    static final double W = Page.WIDTH - 2 * MARGIN;
    static final double MAP_MIN = 150;
    static final double MAP_MAX = 400;
    static final double[] SCALES = {1.0, 0.92, 0.84, 0.76, 0.68};
    static final Color ACCENT = new Color(0x1F, 0x4E, 0x9A);
    static final Color GREY = new Color(0x5A, 0x5A, 0x5A);
    static final Color STALE = new Color(0xB0, 0x3A, 0x00);
    static final Color BAND = new Color(0xEE, 0xF2, 0xF8);
    static final float CREDIT = 7.5f;

    private ProfileLayout() {
    }

    static Page layout(ProfileSheet s, List<String> credits) {
        for (double scale : SCALES) {
            Page p = attempt(s, credits, scale, Integer.MAX_VALUE);
            if (p != null) {
                return p;
            }
        }
        double last = SCALES[SCALES.length - 1];
        int total = HoursBlock.lineCount(s.hours(), (float) (ProfileBlocks.BODY * last));
        for (int keep = total - 1; keep > 0; keep--) {
            Page p = attempt(s, credits, last, keep);
            if (p != null) {
                return p;
            }
        }
        throw new IllegalStateException("profile does not fit one page even cut to one line: " + s.name());
    }

    /** The page at {@code scale} with at most {@code hoursLines} department lines, or null when the map would be too small. */
    private static Page attempt(ProfileSheet s, List<String> credits, double scale, int hoursLines) {
        List<PageOp> ops = new ArrayList<>();
        ProfileBlocks b = new ProfileBlocks(ops, (float) scale);
        double y = b.header(s, MARGIN);
        y = b.contact(s, y);
        y = b.hours(s, y, hoursLines);
        y = b.capabilities(s, y);
        double footerTop = b.footer(s, Page.HEIGHT - MARGIN);
        return access(b, ops, s, credits, y, footerTop - 8) ? new Page(ops) : null;
    }

    /** Heading, address, map (or the no-map note), credits and the pin's precision note; false when it cannot fit. */
    private static boolean access(ProfileBlocks b, List<PageOp> ops, ProfileSheet s, List<String> credits, double y,
                                  double bottom) {
        y = b.heading("アクセス", "", y);
        y = b.label("所在地", s.address().isEmpty() ? "（情報なし）" : s.address(), y);
        float note = 8.5f;
        List<String> noteLines = s.mapNote().isEmpty() ? List.of() : TextMeasure.wrap(s.mapNote(), note, W);
        if (s.scene() == null) {
            double h = 40;
            if (y + 4 + h > bottom) {
                return false;
            }
            ops.add(new PageOp.Box(MARGIN, y + 4, W, h, BAND, GREY, 0.6f));
            String line = noteLines.isEmpty() ? ProfileText.NO_MAP : noteLines.get(0);
            double tw = TextMeasure.width(line, 10f);
            ops.add(new PageOp.Text(MARGIN + (W - tw) / 2, y + 4 + h / 2 + 3.5, 10f, GREY, line));
            return true;
        }
        double below = CREDIT + 6 + noteLines.size() * note * 1.35;
        double room = bottom - y - 4 - below;
        if (room < MAP_MIN) {
            return false;
        }
        double h = Math.min(MAP_MAX, room);
        double top = y + 4;
        Viewport view = s.scene().fit(W, h, 40);
        ops.add(new PageOp.Map(MARGIN, top, s.scene(), view));
        ops.add(new PageOp.Box(MARGIN, top, W, h, null, new Color(0x70, 0x70, 0x70), 0.8f));
        y = top + h;
        String credit = String.join("　", credits);
        double cw = TextMeasure.width(credit, CREDIT);
        ops.add(new PageOp.Text(MARGIN + W - cw, y + CREDIT + 3, CREDIT, GREY, credit));
        y += CREDIT + 6;
        for (String line : noteLines) {
            ops.add(new PageOp.Text(MARGIN, y + note, note, GREY, line));
            y += note * 1.35;
        }
        return true;
    }
}
