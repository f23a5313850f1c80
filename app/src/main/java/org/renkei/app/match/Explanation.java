package org.renkei.app.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/** Short Japanese reasons why the first plan ranks first. */
final class Explanation {
    private Explanation() {
    }

    static String of(List<Plan> plans, List<Uncovered> uncovered, int neededCount, boolean preferenceFirst) {
        List<String> parts = new ArrayList<>();
        if (neededCount == 0) {
            parts.add("紹介が必要な診療科はありません（すべて院内で継続）");
        } else if (plans.isEmpty()) {
            parts.add("条件を満たす施設が範囲内にありません");
        } else {
            Plan p1 = plans.get(0);
            if (p1.count() == 1) {
                parts.add(uncovered.isEmpty() ? "1か所で全科を受診できます" : "1か所で範囲内の全科を受診できます");
            }
            parts.add(plans.size() <= 1 ? "条件を満たす他の組み合わせはありません"
                    : preferenceFirst ? versusByPreference(p1, plans.get(1)) : versus(p1, plans.get(1)));
        }
        if (!uncovered.isEmpty() && neededCount > 0) {
            List<String> names = new ArrayList<>();
            uncovered.forEach(u -> names.add(u.dept()));
            parts.add(String.join("・", names) + "は範囲内に対応できる施設がありません");
        }
        return String.join("。", parts) + "。";
    }

    private static String versus(Plan p1, Plan p2) {
        if (p1.count() < p2.count()) {
            return "2位の案より施設数が" + (p2.count() - p1.count()) + "か所少ない";
        }
        long diff = distanceUnits(p2) - distanceUnits(p1);
        if (diff > 0) {
            return "2位の案より合計距離が" + km(diff / RankUnits.UNITS_PER_KM) + " km短い";
        }
        if (preferenceUnits(p1) > preferenceUnits(p2)) {
            return "2位の案と同じ距離で、評価が高い" + reasons(p1);
        }
        return "2位の案と同条件のため、施設番号の順で選びました";
    }

    /** 実績優先: count, then preference, then distance. */
    private static String versusByPreference(Plan p1, Plan p2) {
        if (p1.count() < p2.count()) {
            return "2位の案より施設数が" + (p2.count() - p1.count()) + "か所少ない";
        }
        if (preferenceUnits(p1) > preferenceUnits(p2)) {
            return "実績優先のため、2位の案より評価の高い施設を選びました" + reasons(p1);
        }
        long diff = distanceUnits(p2) - distanceUnits(p1);
        if (diff > 0) {
            return "2位の案と同じ評価で、合計距離が" + km(diff / RankUnits.UNITS_PER_KM) + " km短い";
        }
        return "2位の案と同条件のため、施設番号の順で選びました";
    }

    /** The plan's members' preference reasons, e.g. 「（登録医・受入 5/6）」; empty when none. */
    private static String reasons(Plan p) {
        Set<String> all = new LinkedHashSet<>();
        p.members().forEach(m -> all.addAll(m.facility().profile().reasons()));
        return all.isEmpty() ? "" : "（" + String.join("・", all) + "）";
    }

    /** The same integer sums the ranking compares, so a tie there is a tie here. */
    private static long distanceUnits(Plan p) {
        return p.members().stream().mapToLong(m -> RankUnits.units(m.km())).sum();
    }

    private static long preferenceUnits(Plan p) {
        return p.members().stream().mapToLong(m -> RankUnits.prefUnits(m.facility().preference())).sum();
    }

    private static String km(double km) {
        return String.format(Locale.ROOT, km >= 0.1 ? "%.1f" : "%.3f", km);
    }
}
