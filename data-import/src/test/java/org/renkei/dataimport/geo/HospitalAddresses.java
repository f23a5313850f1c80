package org.renkei.dataimport.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The 583 Tokyo hospital addresses with MHLW coordinates (MHLW ナビイ open data 2025-06-01,
 * PDL1.0, processed: columns reduced; see the README beside the CSV).
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
        try (InputStream in = HospitalAddresses.class.getResourceAsStream("tokyo_hospitals_mhlw20250601_addresses.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Row> rows = new ArrayList<>();
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", -1);
                rows.add(new Row(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3])));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
