package org.renkei.app.export.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads 国土数値情報 N03 (行政区域) boundaries from GeoJSON: {@code N03_004} the municipality, {@code N03_003}
 * the 郡 / 政令市 (a ward is named 「札幌市中央区」), {@code N03_007} the code. Raw N03 files hold one feature per
 * polygon; features of the same municipality are merged.
 */
public final class BoundaryReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BoundaryReader() {
    }

    public static BoundarySet read(String prefectureCode, InputStream geoJson) throws IOException {
        JsonNode root = MAPPER.readTree(geoJson);
        JsonNode features = root.path("features");
        if (!"FeatureCollection".equals(root.path("type").asText()) || !features.isArray()) {
            throw new IOException("not a GeoJSON FeatureCollection");
        }
        Map<String, List<GeoPolygon>> polygons = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        for (JsonNode f : features) {
            JsonNode p = f.path("properties");
            String code = text(p, "N03_007");
            String name = name(p);
            String key = code + "\t" + name;
            names.putIfAbsent(key, new String[] {code, name});
            polygons.computeIfAbsent(key, k -> new ArrayList<>()).addAll(geometry(f.path("geometry")));
        }
        List<Municipality> out = new ArrayList<>();
        for (Map.Entry<String, List<GeoPolygon>> e : polygons.entrySet()) {
            if (!e.getValue().isEmpty()) {
                String[] n = names.get(e.getKey());
                out.add(Municipality.of(n[0], n[1], e.getValue()));
            }
        }
        return new BoundarySet(prefectureCode, out);
    }

    private static String name(JsonNode p) {
        String county = text(p, "N03_003");
        String city = text(p, "N03_004");
        if (city.isEmpty()) {
            return county.isEmpty() ? text(p, "N03_001") : county;
        }
        return county.endsWith("市") ? county + city : city;
    }

    private static String text(JsonNode p, String field) {
        JsonNode v = p.get(field);
        return v == null || v.isNull() ? "" : v.asText().strip();
    }

    static List<GeoPolygon> geometry(JsonNode g) throws IOException {
        String type = g.path("type").asText();
        JsonNode c = g.path("coordinates");
        List<GeoPolygon> out = new ArrayList<>();
        switch (type) {
            case "Polygon" -> out.add(polygon(c));
            case "MultiPolygon" -> {
                for (JsonNode poly : c) {
                    out.add(polygon(poly));
                }
            }
            case "" -> { }
            default -> throw new IOException("unsupported geometry: " + type);
        }
        return out;
    }

    private static GeoPolygon polygon(JsonNode rings) throws IOException {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IOException("empty polygon");
        }
        List<double[]> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            holes.add(ring(rings.get(i)));
        }
        return new GeoPolygon(ring(rings.get(0)), holes);
    }

    private static double[] ring(JsonNode points) {
        double[] r = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            r[2 * i] = points.get(i).get(0).asDouble();
            r[2 * i + 1] = points.get(i).get(1).asDouble();
        }
        return r;
    }
}
