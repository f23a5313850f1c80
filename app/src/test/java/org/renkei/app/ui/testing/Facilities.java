package org.renkei.app.ui.testing;

import org.renkei.app.domain.Facility;
import org.renkei.app.domain.FacilityStatus;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;

import java.time.LocalDateTime;
import java.util.List;

/** Small facility values for UI tests (fictional names, phone numbers and keys). */
public final class Facilities {
    public static final LocalDateTime IMPORTED = LocalDateTime.of(2025, 6, 1, 9, 30);

    private Facilities() {
    }

    public static Facility facility(long id, String name, Double lat, Double lng, String... departments) {
        return new Facility(id, "mhlw-navii", "K" + id, name, "テスト", FacilityKind.CLINIC, "1830022",
                "東京都府中市宮西町2丁目" + id, "13206", lat, lng, lat == null ? Precision.NONE : Precision.TOWN,
                "042-000-000" + id, "", 19, "日,祝", FacilityStatus.ACTIVE, true, false, null, IMPORTED, IMPORTED,
                entries(departments));
    }

    public static FacilityRecord record(String key, String name, double lat, double lng, String... departments) {
        return new FacilityRecord("test-source", key, name, "テスト", FacilityKind.CLINIC, "1830022",
                "東京都府中市宮西町二丁目", "13206", lat, lng, Precision.SOURCE, "042-000-0000", "", null, "日",
                entries(departments));
    }

    private static List<DepartmentEntry> entries(String... departments) {
        return java.util.Arrays.stream(departments).map(d -> DepartmentEntry.of(d, d)).toList();
    }
}
