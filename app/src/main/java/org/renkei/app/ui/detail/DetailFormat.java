package org.renkei.app.ui.detail;

import org.renkei.app.domain.Facility;
import org.renkei.app.domain.LinkedFacility;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.SourceNames;
import org.renkei.dataimport.geo.Precision;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Formats a facility's stored fields as labelled Japanese text. */
final class DetailFormat {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private DetailFormat() {
    }

    static List<DetailField> fields(Facility f, List<LinkedFacility> otherSources) {
        List<DetailField> out = new ArrayList<>();
        add(out, "detail.field.name", f.name());
        add(out, "detail.field.kana", f.kana());
        add(out, "detail.field.kind", f.kind() == null ? "" : f.kind().label());
        add(out, "detail.field.postalCode", postal(f.postalCode()));
        add(out, "detail.field.address", f.address());
        add(out, "detail.field.location", location(f));
        add(out, "detail.field.phone", f.phone());
        add(out, "detail.field.url", f.url());
        add(out, "detail.field.beds", f.beds() == null ? "" : Messages.get("detail.beds", f.beds()));
        add(out, "detail.field.closedDays", f.closedDays());
        add(out, "detail.field.status", f.status() == null ? "" : f.status().label());
        add(out, "detail.field.source", Messages.get("detail.sourceAndKey", SourceNames.display(f.source()), f.sourceKey()));
        if (!otherSources.isEmpty()) {
            add(out, "detail.field.otherSources", String.join("\n", otherSources.stream()
                    .map(o -> Messages.get("detail.sourceAndKey", SourceNames.display(o.source()), o.sourceKey()))
                    .toList()));
        }
        add(out, "detail.field.firstSeen", dateTime(f.firstSeen()));
        add(out, "detail.field.lastSeen", dateTime(f.lastSeen()));
        add(out, "detail.field.homeVisit", yesNo(f.homeVisit()));
        add(out, "detail.field.acceptingNew", yesNo(f.acceptingNew()));
        add(out, "detail.field.barrierFree", yesNo(f.barrierFree()));
        return out;
    }

    static String yesNo(Boolean value) {
        if (value == null) {
            return Messages.get("common.unknown");
        }
        return Messages.get(value ? "common.yes" : "common.no");
    }

    static String precision(Precision p) {
        return Messages.get(switch (p) {
            case SOURCE -> "geo.precision.source";
            case TOWN -> "geo.precision.town";
            case MUNICIPALITY -> "geo.precision.municipality";
            case NONE -> "geo.precision.none";
        });
    }

    private static String location(Facility f) {
        Precision p = f.precision() == null ? Precision.NONE : f.precision();
        if (!f.hasLocation()) {
            return precision(Precision.NONE);
        }
        return Messages.get("detail.location", String.format(Locale.ROOT, "%.5f", f.lat()),
                String.format(Locale.ROOT, "%.5f", f.lng()), precision(p));
    }

    private static String postal(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String digits = code.replaceAll("[^0-9]", "");
        return digits.length() == 7 ? "〒" + digits.substring(0, 3) + "-" + digits.substring(3) : code;
    }

    private static String dateTime(LocalDateTime t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    private static void add(List<DetailField> out, String key, String value) {
        out.add(new DetailField(Messages.get(key), value == null || value.isBlank() ? "—" : value));
    }
}
