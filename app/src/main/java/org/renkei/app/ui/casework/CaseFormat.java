package org.renkei.app.ui.casework;

import org.renkei.app.domain.Facility;
import org.renkei.app.match.MatchRequest;
import org.renkei.app.match.Plan;
import org.renkei.app.match.PlanMember;
import org.renkei.app.match.Uncovered;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.detail.HoursRow;
import org.renkei.dataimport.model.DepartmentEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns matcher output into the Japanese text of plan cards and warnings. */
final class CaseFormat {
    private CaseFormat() {
    }

    /** A distance limit as typed by people: 「5」, 「2.5」. */
    static String km(double km) {
        return km == Math.rint(km) ? String.valueOf((long) km) : String.format(Locale.ROOT, "%.1f", km);
    }

    static PlanCard card(int number, Plan plan, MatchRequest request, Map<String, Facility> facilities) {
        List<ClinicRow> rows = plan.members().stream()
                .map(m -> clinic(m, facilities.get(m.facility().id()), request)).toList();
        return new PlanCard(number, Messages.get("casework.plan.title", number),
                Messages.get("casework.plan.count", plan.count()),
                Messages.get("casework.plan.total", twoDecimals(plan.totalKm())), rows);
    }

    /** 「5 km 以内に 眼科 の施設がありません（最寄り: ○○眼科 7.4 km）」. */
    static String uncovered(Uncovered u, double maxKm) {
        if (u.nearest() == null || u.nearestKm() == null) {
            return Messages.get("casework.uncovered.none", km(maxKm), u.dept());
        }
        return Messages.get("casework.uncovered", km(maxKm), u.dept(), u.nearest().name(),
                String.format(Locale.ROOT, "%.1f", u.nearestKm()));
    }

    static ClinicRow clinic(PlanMember m, Facility stored, MatchRequest request) {
        List<String> hours = new ArrayList<>();
        for (String dept : m.covers()) {
            hours.addAll(hoursLines(dept, stored, request));
        }
        String unknown = Messages.get("casework.hours.unknown");
        if (hours.size() > 1 && hours.stream().allMatch(h -> h.endsWith(unknown))) {
            hours = List.of(unknown);
        }
        String phone = stored != null && stored.phone() != null ? stored.phone() : m.facility().phone();
        return new ClinicRow(idOf(m.facility().id()), m.facility().name(), String.join("・", m.covers()),
                Messages.get("casework.clinic.km", twoDecimals(m.km())), phone, hours,
                String.join("・", m.facility().profile().reasons()), m.facility().profile().staleFacts() > 0);
    }

    private static List<String> hoursLines(String dept, Facility stored, MatchRequest request) {
        List<DepartmentEntry> entries = stored == null ? List.of() : stored.departments().stream()
                .filter(e -> e.known() && request.covers(e.canonical(), dept)).toList();
        List<String> lines = new ArrayList<>();
        for (DepartmentEntry e : entries) {
            String summary = HoursRow.of(e).summary();
            if (!summary.isEmpty()) {
                String label = e.canonical().equals(dept) ? dept : Messages.get("casework.hours.via", dept, e.canonical());
                lines.add(Messages.get("casework.hours.line", label, summary));
            }
        }
        if (lines.isEmpty()) {
            lines.add(Messages.get("casework.hours.line", dept, Messages.get("casework.hours.unknown")));
        }
        return lines;
    }

    private static String twoDecimals(double km) {
        return String.format(Locale.ROOT, "%.2f", km);
    }

    private static long idOf(String matcherId) {
        try {
            return Long.parseLong(matcherId);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
