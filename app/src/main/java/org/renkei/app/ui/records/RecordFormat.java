package org.renkei.app.ui.records;

import org.renkei.app.match.Plan;
import org.renkei.app.match.PlanMember;
import org.renkei.app.match.RequireSpec;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.MatchNeeds;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.StatusEvent;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.fields.DateText;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The Japanese text of cases, destinations and history entries on the 紹介記録 screen and in the editor. */
final class RecordFormat {
    private RecordFormat() {
    }

    static CaseRow row(ReferralCase c) {
        return row(c, status(c.destinations()));
    }

    static CaseRow row(ReferralCase c, String status) {
        String destinations = c.destinations().isEmpty() ? Messages.get("records.destinations.none")
                : Messages.get("records.destinations.count", c.destinations().size());
        return new CaseRow(c.id(), DateText.format(c.createdOn()), c.patient().id(), c.patient().name(),
                String.join("・", c.needs().departments()), destinations, status, c);
    }

    /** 「下書き 2」, 「送付済 1・受入 1」 in the order of the loop; empty without destinations. */
    static String status(List<Destination> destinations) {
        Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
        destinations.forEach(d -> counts.merge(d.status(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining("・"));
    }

    static DestinationRow destination(Destination d) {
        String note = d.forwardedTo().isEmpty() ? d.note()
                : Messages.get("records.destination.forwarded", d.forwardedTo()) + (d.note().isEmpty() ? "" : "　" + d.note());
        return new DestinationRow(d.facilityId(), String.valueOf(d.order()), d.name(), String.join("・", d.covers()),
                km(d.km()), d.status().label(), DateText.format(d.statusDate()), note);
    }

    /** 「2026/03/20　送付済　電話で確認」. */
    static String history(StatusEvent e) {
        StringBuilder sb = new StringBuilder(DateText.format(e.day())).append('　').append(e.status().label());
        if (!e.forwardedTo().isEmpty()) {
            sb.append('　').append(Messages.get("records.destination.forwarded", e.forwardedTo()));
        }
        if (!e.note().isEmpty()) {
            sb.append('　').append(e.note());
        }
        return sb.toString();
    }

    /** 「内科・皮膚科　病院で継続: なし　5 km 以内」, then 「　条件: 訪問診療・在宅酸素」 when the case has requirements. */
    static String needs(MatchNeeds n) {
        String keep = n.keep().isEmpty() ? Messages.get("records.needs.keepNone") : String.join("・", n.keep());
        List<String> require = RequireSpec.asTags(n.require());
        return Messages.get("records.needs", String.join("・", n.departments()), keep, kmLimit(n.km()))
                + (require.isEmpty() ? "" : Messages.get("records.needs.require", String.join("・", require)));
    }

    /** 「1. 府中内科クリニック　内科・皮膚科　0.28 km」 per member. */
    static List<String> planLines(Plan plan) {
        List<PlanMember> members = plan.members();
        return java.util.stream.IntStream.range(0, members.size()).mapToObj(i -> Messages.get("records.plan.line",
                i + 1, members.get(i).facility().name(), String.join("・", members.get(i).covers()),
                km(members.get(i).km()))).toList();
    }

    static List<String> planLines(List<Destination> destinations) {
        return destinations.stream().map(d -> Messages.get("records.plan.line", d.order(), d.name(),
                String.join("・", d.covers()), km(d.km()))).toList();
    }

    /** 「0.28 km」. */
    static String km(double km) {
        return String.format(Locale.ROOT, "%.2f km", km);
    }

    /** A distance limit as typed: 「5」, 「2.5」. */
    private static String kmLimit(double km) {
        return km == Math.rint(km) ? String.valueOf((long) km) : String.format(Locale.ROOT, "%.1f", km);
    }
}
