package org.renkei.app.cli;

import org.renkei.app.match.RequireSpec;
import org.renkei.app.referral.CaseDetails;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.MatchNeeds;
import org.renkei.app.referral.Patient;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.StatusEvent;
import org.renkei.dataimport.geo.GeocodeResult;
import org.renkei.dataimport.geo.Geocoder;
import org.renkei.dataimport.geo.Precision;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain-text output of the case commands for people at a terminal. */
final class CaseText {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CaseText() {
    }

    /** How the home point was found: the geocoder's precision when it is the address's point, else entered. */
    static Precision homePrecision(ReferralCase rc) {
        if (!rc.patient().address().isBlank()) {
            GeocodeResult g = Geocoder.bundled().geocode(rc.patient().address());
            if (g.found() && g.lat() == rc.homeLat() && g.lng() == rc.homeLng()) {
                return g.precision();
            }
        }
        return Precision.SOURCE;
    }

    /** One line of {@code case list}. */
    static String listLine(ReferralCase rc) {
        String dests = rc.destinations().isEmpty() ? "紹介先未定" : rc.destinations().stream()
                .map(d -> d.name() + ": " + d.status().label()).collect(Collectors.joining(" / "));
        return String.format("%d\t%s\t%s\t%s（%s）\t%s\t%s", rc.id(), rc.createdOn(), rc.patient().id(),
                rc.patient().name(), rc.patient().kana(), joined(rc.needs().departments()), dests);
    }

    /** {@code case show}. */
    static void print(PrintWriter out, ReferralCase rc, Map<Long, List<StatusEvent>> histories) {
        Patient p = rc.patient();
        out.printf("ケース %d（作成 %s、更新 %s）%n", rc.id(), rc.createdOn(),
                rc.updatedAt() == null ? "" : rc.updatedAt().format(MINUTES));
        out.printf("患者: %s　%s（%s）　%s　生年月日 %s%n", p.id(), p.name(), p.kana(), p.sex().label(),
                p.birthDate() == null ? "不明" : p.birthDate());
        out.printf("住所: %s　電話: %s　職業: %s%n", p.address(), p.phone(), p.occupation());
        if (rc.located()) {
            out.printf("位置: %.6f, %.6f%n", rc.homeLat(), rc.homeLng());
        }
        out.printf("紹介元: %s　%s%n", rc.referrer().department(), rc.referrer().doctor());
        CaseDetails d = rc.details();
        out.printf("傷病名: %s%n", joined(d.diagnoses(), "、"));
        line(out, "紹介目的", d.purpose());
        line(out, "既往歴及び家族歴", d.history());
        line(out, "症状経過及び検査結果", d.course());
        line(out, "治療経過", d.treatment());
        out.printf("現在の処方: %s%n", joined(d.prescriptions(), "、"));
        line(out, "備考", d.notes());
        MatchNeeds n = rc.needs();
        out.printf("必要な診療科: %s　病院に残す: %s　最大距離: %s km　条件: %s%n", joined(n.departments()),
                joined(n.keep()), km(n.km()), joined(RequireSpec.asTags(n.require()), "、"));
        if (rc.destinations().isEmpty()) {
            out.println("紹介先: 未定（case plan で決めます）");
            return;
        }
        out.println("紹介先:");
        for (Destination x : rc.destinations()) {
            out.printf("  %d. %s（施設ID %d、%.2f km）: %s — %s %s%s%n", x.order(), x.name(), x.facilityId(), x.km(),
                    joined(x.covers()), x.status().label(), x.statusDate(),
                    x.forwardedTo().isEmpty() ? "" : "（転送先: " + x.forwardedTo() + "）");
            out.printf("     %s　電話 %s%n", x.address(), x.phone().isEmpty() ? "（未登録）" : x.phone());
            for (StatusEvent e : histories.getOrDefault(x.facilityId(), List.of())) {
                out.printf("     %s %s%s%s%n", e.day(), e.status().label(),
                        e.forwardedTo().isEmpty() ? "" : "（転送先: " + e.forwardedTo() + "）",
                        e.note().isEmpty() ? "" : "　" + e.note());
            }
        }
    }

    private static void line(PrintWriter out, String label, String text) {
        out.printf("%s: %s%n", label, text.isEmpty() ? "" : text.replace("\n", "\n  "));
    }

    private static String km(double km) {
        return km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km);
    }

    static String joined(List<String> items) {
        return joined(items, "・");
    }

    private static String joined(List<String> items, String separator) {
        return items.isEmpty() ? "なし" : String.join(separator, items);
    }
}
