package org.renkei.app.ui.search;

import org.renkei.app.search.SearchHit;
import org.renkei.app.ui.common.Messages;

import java.util.Comparator;
import java.util.Locale;

/**
 * One line of the results table, already formatted for display.
 *
 * @param registered 「登録医」 or empty
 * @param stale      「要確認」 (some fact about the facility is older than the stale age) or empty
 */
public record ResultRow(long facilityId, String name, String departments, Distance distance, String address,
                        String phone, String registered, String stale) {

    static ResultRow of(SearchHit hit) {
        var f = hit.facility();
        return new ResultRow(f.id(), f.name(), String.join("・", f.departmentNames()), Distance.of(hit.km()),
                f.address(), f.phone().isBlank() ? Messages.get("search.phone.unknown") : f.phone(),
                hit.registered() ? Messages.get("knowledge.registered.mark") : "",
                hit.stale() ? Messages.get("knowledge.stale.mark") : "");
    }

    /** A distance that sorts numerically (unknown last) and shows as km with 2 decimals. */
    public record Distance(Double km) implements Comparable<Distance> {
        private static final Comparator<Double> ORDER = Comparator.nullsLast(Comparator.naturalOrder());

        static Distance of(Double km) {
            return new Distance(km);
        }

        public String text() {
            return km == null ? "" : String.format(Locale.ROOT, "%.2f", km);
        }

        @Override
        public int compareTo(Distance other) {
            return ORDER.compare(km, other.km);
        }

        @Override
        public String toString() {
            return text();
        }
    }
}
