package org.renkei.app.export.map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Turns one prefecture's N03 GeoJSON into the compact resource the app bundles: one feature per municipality,
 * rings simplified (Douglas–Peucker) and coordinates rounded to 5 decimals (about 1 m), gzip-compressed.
 * Build-time tool: {@code java -cp … org.renkei.app.export.map.BoundaryPacker N03.geojson 13 東京都 OUT_DIR}
 * writes {@code OUT_DIR/N03_13.geojson.gz} and appends the prefecture's line to {@code OUT_DIR/index.tsv}.
 */
public final class BoundaryPacker {
    /** Metres; well below what a 1:25,000-ish handout map can show, and the source is already generalised. */
    public static final double TOLERANCE_METRES = 15;

    private BoundaryPacker() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: BoundaryPacker N03.geojson PREF_CODE PREF_NAME OUT_DIR");
        }
        BoundarySet set;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            set = simplify(BoundaryReader.read(args[1], in), TOLERANCE_METRES);
        }
        Path dir = Path.of(args[3]);
        String resource = "N03_" + args[1] + ".geojson.gz";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(resource)))) {
            write(set, out);
        }
        Files.writeString(dir.resolve("index.tsv"), indexLine(set, args[2], resource) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Every ring simplified; rings that collapse below three points are dropped, and so are empty polygons. */
    public static BoundarySet simplify(BoundarySet set, double toleranceMetres) {
        List<Municipality> out = new ArrayList<>();
        for (Municipality m : set.municipalities()) {
            List<GeoPolygon> polys = new ArrayList<>();
            for (GeoPolygon p : m.polygons()) {
                double[] outer = Simplifier.ring(round(p.outer()), toleranceMetres);
                if (outer == null) {
                    continue;
                }
                List<double[]> holes = new ArrayList<>();
                for (double[] h : p.holes()) {
                    double[] s = Simplifier.ring(round(h), toleranceMetres);
                    if (s != null) {
                        holes.add(s);
                    }
                }
                polys.add(new GeoPolygon(outer, holes));
            }
            if (!polys.isEmpty()) {
                out.add(Municipality.of(m.code(), m.name(), polys));
            }
        }
        return new BoundarySet(set.prefectureCode(), out);
    }

    /** Writes the set as N03-style GeoJSON (properties N03_004 name, N03_007 code). */
    public static void write(BoundarySet set, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (Municipality m : set.municipalities()) {
                g.writeRaw('\n');
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeObjectFieldStart("properties");
                g.writeStringField("N03_004", m.name());
                if (m.named()) {
                    g.writeStringField("N03_007", m.code());
                } else {
                    g.writeNullField("N03_007");
                }
                g.writeEndObject();
                g.writeObjectFieldStart("geometry");
                g.writeStringField("type", "MultiPolygon");
                g.writeArrayFieldStart("coordinates");
                for (GeoPolygon p : m.polygons()) {
                    g.writeStartArray();
                    ring(g, p.outer());
                    for (double[] h : p.holes()) {
                        ring(g, h);
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** {@code code, name, resource, minLat, maxLat, minLng, maxLng}, tab-separated. */
    public static String indexLine(BoundarySet set, String prefectureName, String resource) {
        double minLat = 90;
        double maxLat = -90;
        double minLng = 180;
        double maxLng = -180;
        for (Municipality m : set.municipalities()) {
            minLat = Math.min(minLat, m.box().minLat());
            maxLat = Math.max(maxLat, m.box().maxLat());
            minLng = Math.min(minLng, m.box().minLng());
            maxLng = Math.max(maxLng, m.box().maxLng());
        }
        return String.format(Locale.ROOT, "%s\t%s\t%s\t%.5f\t%.5f\t%.5f\t%.5f", set.prefectureCode(), prefectureName,
                resource, minLat, maxLat, minLng, maxLng);
    }

    private static void ring(JsonGenerator g, double[] r) throws IOException {
        g.writeStartArray();
        for (int i = 0; i < r.length; i += 2) {
            g.writeStartArray();
            g.writeNumber(BigDecimal.valueOf(r[i]).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros());
            g.writeNumber(BigDecimal.valueOf(r[i + 1]).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros());
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private static double[] round(double[] ring) {
        double[] out = new double[ring.length];
        for (int i = 0; i < ring.length; i++) {
            out[i] = Math.round(ring[i] * 1e5) / 1e5;
        }
        return out;
    }
}
