package org.renkei.app.export.handout;

import org.renkei.app.domain.Facility;
import org.renkei.app.export.JapaneseDates;
import org.renkei.app.export.map.LatLng;
import org.renkei.app.export.map.MapPin;
import org.renkei.app.export.map.MapScene;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.referral.ReferralCase;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the handout's text from a case, the stored facilities of its destinations and the office settings. */
public final class HandoutBuilder {
    private final HoursText hours;

    public HandoutBuilder(DepartmentVocabulary vocabulary) {
        this.hours = new HoursText(vocabulary);
    }

    /**
     * @param facilities the stored facilities of the case's destinations (for opening hours); destinations whose
     *                   facility is missing print 「診療時間は医療機関にご確認ください」
     * @throws IllegalArgumentException when the case has no destinations or nothing can be put on the map
     */
    public Handout build(ReferralCase c, List<Facility> facilities, OfficeSettings office, LocalDate issued) {
        if (c.destinations().isEmpty()) {
            throw new IllegalArgumentException("紹介先が選ばれていないため、案内を作れません。先に紹介先を決めてください。");
        }
        Map<Long, Facility> byId = facilities.stream()
                .collect(Collectors.toMap(Facility::id, Function.identity(), (a, b) -> a));
        List<HandoutEntry> entries = new ArrayList<>();
        List<MapPin> pins = new ArrayList<>();
        List<Destination> ordered = c.destinations().stream()
                .sorted(Comparator.comparingInt(Destination::order)).toList();
        for (Destination d : ordered) {
            Facility f = byId.get(d.facilityId());
            LatLng at = LatLng.ofNullable(d.lat(), d.lng());
            if (at == null && f != null) {
                at = LatLng.ofNullable(f.lat(), f.lng());
            }
            ClinicName name = ClinicName.split(d.name());
            String address = halfWidthDigits(!d.address().isBlank() ? d.address() : f == null ? "" : nz(f.address()));
            String phone = !d.phone().isBlank() ? d.phone() : f == null ? "" : nz(f.phone());
            entries.add(new HandoutEntry(d.order(), name.corporation(), name.name(), address,
                    d.covers(), phone.isBlank() ? Handout.NO_PHONE : phone,
                    hours.lines(f, d.covers()), String.format(Locale.ROOT, "%.1f km", d.km()), at != null));
            if (at != null) {
                pins.add(new MapPin(d.order(), at, name.name(), address));
            }
        }
        LatLng home = c.located() ? new LatLng(c.homeLat(), c.homeLng()) : null;
        if (home == null && pins.isEmpty()) {
            throw new IllegalArgumentException("ご自宅も紹介先も位置が分からないため、地図を描けません。住所を確かめてください。");
        }
        String line = join("　", office.address(), office.phone().isBlank() ? "" : "電話 " + office.phone());
        return new Handout(c.patient().name().strip() + " 様", JapaneseDates.format(issued, office.eraDates()),
                new MapScene(home, pins), entries, office.hospitalName(), line);
    }

    private static String join(String sep, String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> !p.isBlank()).collect(Collectors.joining(sep));
    }

    /**
     * 「大丸１１７１」 → 「大丸1171」, 「２－７－２０」 → 「2-7-20」, 「１ー２」 → 「1-2」: full-width digits and dashes
     * print spaced out (also used by the clinic profile).
     */
    public static String halfWidthDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '－' || c == '−' || c == '‐' || c == 'ー' && b.length() > 0
                    && Character.isDigit(b.charAt(b.length() - 1))) {
                b.append('-');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
