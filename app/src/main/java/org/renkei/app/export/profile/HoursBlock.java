package org.renkei.app.export.profile;

import org.renkei.app.export.handout.PageOp;
import org.renkei.app.export.handout.TextMeasure;
import org.renkei.app.export.map.MapStyle;

import java.util.ArrayList;
import java.util.List;

import static org.renkei.app.export.profile.ProfileLayout.ACCENT;
import static org.renkei.app.export.profile.ProfileLayout.BAND;
import static org.renkei.app.export.profile.ProfileLayout.GREY;
import static org.renkei.app.export.profile.ProfileLayout.MARGIN;
import static org.renkei.app.export.profile.ProfileLayout.W;

/**
 * The departments with their hours on alternating bands. One group (every department the same, or no hours at
 * all) is set as a flowing list of names with the hours below it; several groups as a two-column table, names on
 * the left (at most {@link #NAME_MAX} wide), hours on the right, so a clinic whose departments keep different
 * hours takes one line per department.
 */
final class HoursBlock {
    static final double NAME_MAX = 150;
    private static final double PAD = 6;
    private static final double GAP = 12;

    private HoursBlock() {
    }

    /** One band: its name lines and hour lines, side by side ({@code table}) or stacked. */
    record Row(List<String> names, List<String> times, boolean table) {
        int lines() {
            return table ? Math.max(1, Math.max(names.size(), times.size())) : names.size() + times.size();
        }
    }

    static List<Row> rows(List<ProfileSheet.HoursGroup> groups, float f) {
        List<Row> rows = new ArrayList<>();
        double inner = W - 2 * PAD;
        if (groups.size() == 1) {
            ProfileSheet.HoursGroup g = groups.get(0);
            List<String> names = g.departments().isEmpty() ? List.of()
                    : ProfileBlocks.wrapItems(g.departments(), "・", f, inner);
            rows.add(new Row(names, TextMeasure.wrap((g.known() ? "診療時間　" : "") + g.hours(), f, inner), false));
            return rows;
        }
        double nameW = 0;
        for (ProfileSheet.HoursGroup g : groups) {
            nameW = Math.max(nameW, TextMeasure.width(String.join("・", g.departments()), f));
        }
        nameW = Math.min(NAME_MAX, Math.max(nameW, 4 * f));
        for (ProfileSheet.HoursGroup g : groups) {
            rows.add(new Row(ProfileBlocks.wrapItems(g.departments(), "・", f, nameW),
                    TextMeasure.wrap(g.hours(), f, inner - nameW - GAP), true));
        }
        return rows;
    }

    static int lineCount(List<ProfileSheet.HoursGroup> groups, float f) {
        return rows(groups, f).stream().mapToInt(Row::lines).sum();
    }

    /** Draws from {@code y}; returns the next free y. Rows past {@code maxLines} lines become 「ほか N 診療科」. */
    static double draw(List<PageOp> ops, List<ProfileSheet.HoursGroup> groups, double y, float f, int maxLines) {
        List<Row> rows = rows(groups, f);
        double nameW = rows.stream().filter(Row::table).flatMap(r -> r.names().stream())
                .mapToDouble(n -> TextMeasure.width(n, f)).max().orElse(0);
        double line = f * 1.4;
        int used = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (used + r.lines() > maxLines) {
                int left = groups.subList(i, groups.size()).stream().mapToInt(g -> g.departments().size()).sum();
                String more = "ほか " + left + " 診療科（詳しくは医療機関にお問い合わせください）";
                ops.add(new PageOp.Text(MARGIN + PAD, y + f + 2, f, GREY, more));
                return y + line + 4;
            }
            used += r.lines();
            double h = r.lines() * line + 6;
            if (i % 2 == 0) {
                ops.add(new PageOp.Box(MARGIN, y, W, h, BAND, null, 0));
            }
            double ty = y + 3;
            for (String n : r.names()) {
                ops.add(new PageOp.Text(MARGIN + PAD, ty + f, f, MapStyle.INK, n));
                ty += line;
            }
            double tx = MARGIN + PAD + (r.table() ? nameW + GAP : 0);
            ty = r.table() ? y + 3 : ty;
            for (String t : r.times()) {
                ops.add(new PageOp.Text(tx, ty + f, f, ACCENT, t));
                ty += line;
            }
            y += h;
        }
        return y + 2;
    }
}
