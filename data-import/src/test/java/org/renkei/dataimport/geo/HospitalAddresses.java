package org.renkei.dataimport.geo;

import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.csv.CsvRow;
import org.renkei.dataimport.read.csv.CsvTable;
import org.renkei.dataimport.testutil.TestData;

import java.util.ArrayList;
import java.util.List;

import static org.renkei.dataimport.read.mhlw.MhlwColumns.ADDRESS;
import static org.renkei.dataimport.read.mhlw.MhlwColumns.ID;
import static org.renkei.dataimport.read.mhlw.MhlwColumns.LAT;
import static org.renkei.dataimport.read.mhlw.MhlwColumns.LNG;

/**
 * The 583 Tokyo hospital addresses with MHLW coordinates (MHLW ナビイ open data 2025-06-01, PDL1.0), read from the
 * test data's {@code tokyo_hospitals_mhlw20250601_with_departments_DERIVED.csv} (see the README beside it).
 */
final class HospitalAddresses {

    record Row(String id, String address, double lat, double lng) {
        boolean hasPoint() {
            return lat != 0 || lng != 0;
        }
    }

    private HospitalAddresses() {
    }

    static List<Row> all() {
        try (CsvTable table = CsvTable.open(TestData.path("tokyo_hospitals_mhlw20250601_with_departments_DERIVED.csv"))) {
            int[] c = table.require(ID, ADDRESS, LAT, LNG);
            List<Row> rows = new ArrayList<>();
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                rows.add(new Row(row.get(c[0]), row.get(c[1]),
                        Double.parseDouble(row.get(c[2])), Double.parseDouble(row.get(c[3]))));
            }
            return rows;
        } catch (ImportRejectedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Great-circle distance in km (haversine, R = 6371.0088 km). */
    static double km(double lat1, double lng1, double lat2, double lng2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
    }
}
