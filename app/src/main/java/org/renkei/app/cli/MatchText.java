package org.renkei.app.cli;

import org.renkei.app.match.MatchResult;
import org.renkei.app.match.Plan;
import org.renkei.app.match.PlanMember;
import org.renkei.app.match.Uncovered;

import java.io.PrintWriter;

/** Plain-text output of {@code match} for people at a terminal. */
final class MatchText {
    private MatchText() {
    }

    static void print(PrintWriter out, MatchResult r) {
        int n = 1;
        for (Plan p : r.plans()) {
            out.printf("案%d: %dか所, 合計 %.2f km%n", n++, p.count(), p.totalKm());
            for (PlanMember m : p.members()) {
                String reasons = String.join("・", m.facility().profile().reasons());
                out.printf("  %s（%.2f km）: %s%s%n    %s%n", m.facility().name(), m.km(), String.join("・", m.covers()),
                        reasons.isEmpty() ? "" : " [" + reasons + "]", m.facility().address());
            }
        }
        if (r.plans().isEmpty()) {
            out.println("条件に合う組み合わせはありません。");
        }
        for (Uncovered u : r.uncovered()) {
            out.printf("範囲内で見つからない診療科: %s%s%n", u.dept(), u.nearest() == null ? "（該当施設なし）"
                    : String.format("（最寄り: %s, %.2f km）", u.nearest().name(), u.nearestKm()));
        }
        if (r.explanation() != null && !r.explanation().isBlank()) {
            out.println(r.explanation());
        }
    }
}
