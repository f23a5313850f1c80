package org.renkei.dataimport.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Geocodes all 583 Tokyo hospital addresses and compares with the MHLW coordinates. */
class GeocoderCoverageTest {

    @Test
    void townPrecisionShareAndMedianErrorOverAllHospitals() {
        Geocoder geocoder = Geocoder.bundled();
        List<HospitalAddresses.Row> rows = HospitalAddresses.all();
        int town = 0;
        int municipality = 0;
        List<Double> errors = new ArrayList<>();
        StringBuilder misses = new StringBuilder();
        for (HospitalAddresses.Row row : rows) {
            GeocodeResult r = geocoder.geocode(row.address());
            if (r.precision() == Precision.TOWN) {
                town++;
            } else {
                if (r.precision() == Precision.MUNICIPALITY) {
                    municipality++;
                }
                misses.append(String.format("%n  %s %s -> %s %s", row.id(), row.address(), r.precision().code(), r.matched()));
            }
            if (r.found() && row.hasPoint()) {
                double km = HospitalAddresses.km(r.lat(), r.lng(), row.lat(), row.lng());
                errors.add(km);
                if (km > 1.5) {
                    misses.append(String.format("%n  far %.2f km: %s -> %s", km, row.address(), r.matched()));
                }
            }
        }
        Collections.sort(errors);
        double share = 100.0 * town / rows.size();
        double median = errors.get(errors.size() / 2);
        double p90 = errors.get((int) (errors.size() * 0.9));
        System.out.printf("Geocoder coverage over %d Tokyo hospitals: town %d (%.1f%%), municipality %d, none %d;"
                        + " error vs MHLW median %.3f km, p90 %.3f km, max %.3f km%s%n",
                rows.size(), town, share, municipality, rows.size() - town - municipality,
                median, p90, errors.get(errors.size() - 1), misses);
        assertTrue(share >= 95.0, "town precision share " + share);
        assertTrue(median < 0.5, "median error km " + median);
    }
}
