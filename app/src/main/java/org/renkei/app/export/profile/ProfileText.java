package org.renkei.app.export.profile;

import org.renkei.app.export.JapaneseDates;
import org.renkei.app.export.handout.ClinicName;
import org.renkei.app.export.handout.HandoutBuilder;
import org.renkei.app.export.handout.HoursText;
import org.renkei.app.export.map.LatLng;
import org.renkei.app.export.map.MapPin;
import org.renkei.app.export.map.MapScene;
import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a {@link ClinicProfile} into the sheet's Japanese text. */
final class ProfileText {
    static final String TITLE = "医療機関のご紹介";
    static final String HOURS_UNKNOWN = "診療時間は医療機関にご確認ください";
    static final String NO_DEPARTMENTS = "診療科の情報がありません";
    static final String NO_CAPABILITIES = "登録されている情報はまだありません";
    static final String STALE = "要確認";
    static final String STALE_NOTE = "※要確認：確認から時間がたっている情報です。受診の前に医療機関にご確認ください。";
    static final String NO_MAP = "位置情報がないため地図を表示できません。所在地の住所をご覧ください。";
    static final String REGISTERED = "登録医";
    static final String DISCLAIMER = "掲載内容は作成日時点の情報です。診療日・時間は変わることがあります。受診の前に医療機関にお問い合わせください。";

    private ProfileText() {
    }

    static ProfileSheet of(ClinicProfile p, LocalDate printed) {
        ClinicName n = ClinicName.split(p.name());
        String address = join(" ", p.postalCode().isEmpty() ? "" : "〒" + p.postalCode(), HandoutBuilder.halfWidthDigits(p.address()));
        MapScene scene = null;
        String mapNote;
        if (p.located()) {
            scene = new MapScene(null, List.of(new MapPin(1, new LatLng(p.lat(), p.lng()), n.name(), address)));
            mapNote = switch (p.precision()) {
                case TOWN -> "地図の印は住所の町名から求めたおおよその位置です。";
                case MUNICIPALITY -> "地図の印は市区町村の中心付近で、正確な位置ではありません。";
                default -> "";
            };
        } else {
            mapNote = NO_MAP;
        }
        List<ProfileSheet.CapabilityLine> caps = p.capabilities().stream()
                .map(c -> new ProfileSheet.CapabilityLine(
                        c.department() == null || c.department().isBlank() ? c.label()
                                : c.label() + "（" + c.department() + "）",
                        "確認日 " + (c.verifiedOn() == null ? "未記録" : JapaneseDates.format(c.verifiedOn(), p.eraDates())),
                        c.stale()))
                .toList();
        List<String> footer = new ArrayList<>();
        footer.add(join("　", "作成日 " + JapaneseDates.format(printed, p.eraDates()),
                p.issuer().isEmpty() ? "" : "作成 " + p.issuer()));
        return new ProfileSheet(n.corporation(), n.name(), p.kind(), p.registered(), address,
                HandoutBuilder.halfWidthDigits(p.phone()), p.url(), hours(p), caps, scene, mapNote, p.sources(), footer);
    }

    /** Departments grouped by identical hours, first-seen order; those without hours together at the end. */
    static List<ProfileSheet.HoursGroup> hours(ClinicProfile p) {
        Map<String, List<String>> byWeek = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (ClinicProfile.Department d : p.departments()) {
            String week = HoursText.week(d.hours());
            if (week.isEmpty()) {
                if (!unknown.contains(d.name())) {
                    unknown.add(d.name());
                }
            } else {
                List<String> names = byWeek.computeIfAbsent(week + closed(d.hours()), w -> new ArrayList<>());
                if (!names.contains(d.name())) {
                    names.add(d.name());
                }
            }
        }
        List<ProfileSheet.HoursGroup> out = new ArrayList<>();
        byWeek.forEach((week, names) -> out.add(new ProfileSheet.HoursGroup(names, week, true)));
        if (!unknown.isEmpty()) {
            String text = HOURS_UNKNOWN;
            if (byWeek.isEmpty() && !p.closedDays().isEmpty()) {
                text = "休診日 " + String.join("・", p.closedDays().split("\\s*[,、，・]\\s*")) + "（" + text + "）";
            }
            out.add(new ProfileSheet.HoursGroup(unknown, text, false));
        }
        if (out.isEmpty()) {
            out.add(new ProfileSheet.HoursGroup(List.of(), NO_DEPARTMENTS, false));
        }
        return out;
    }

    /**
     * 「（休診 木・日）」 for the weekdays without hours, when there are at most three of them (a department open on
     * two days reads better from its open days alone).
     */
    private static String closed(List<OpeningHours> hours) {
        Set<ServiceDay> open = EnumSet.noneOf(ServiceDay.class);
        hours.forEach(h -> open.add(h.day()));
        List<String> days = EnumSet.range(ServiceDay.MON, ServiceDay.SUN).stream().filter(d -> !open.contains(d))
                .map(ServiceDay::label).toList();
        return days.isEmpty() || days.size() > 3 ? "" : "（休診 " + String.join("・", days) + "）";
    }

    private static String join(String sep, String... parts) {
        return java.util.Arrays.stream(parts).filter(s -> !s.isBlank()).collect(Collectors.joining(sep));
    }
}
