package org.renkei.app.export.map;

import org.renkei.app.domain.GeoMath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The municipal boundaries bundled in the app, one resource per prefecture, listed in {@code boundaries/index.tsv}
 * with each prefecture's bounding box. A prefecture is read the first time a map needs it and kept. Prefectures
 * without a resource simply draw no boundaries.
 */
public final class BoundaryRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(BoundaryRegistry.class);
    private static final String DIR = "/org/renkei/app/export/map/boundaries/";
    private static final BoundaryRegistry BUNDLED = new BoundaryRegistry(readIndex());

    /** One line of the index. */
    public record Entry(String code, String name, String resource, GeoMath.Box box) {
    }

    private final List<Entry> entries;
    private final Map<String, BoundarySet> loaded = new ConcurrentHashMap<>();

    BoundaryRegistry(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static BoundaryRegistry bundled() {
        return BUNDLED;
    }

    /** The prefectures that have boundaries, in index order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The boundaries of one prefecture (code "13" for 東京都), loading them on first use. */
    public Optional<BoundarySet> prefecture(String code) {
        return entries.stream().filter(e -> e.code().equals(code)).findFirst().map(this::load);
    }

    /** Every bundled municipality whose bounding box meets {@code box}, over all prefectures that reach it. */
    public List<Municipality> within(GeoMath.Box box) {
        List<Municipality> out = new ArrayList<>();
        for (Entry e : entries) {
            if (meets(e.box(), box)) {
                out.addAll(load(e).within(box));
            }
        }
        return out;
    }

    private BoundarySet load(Entry e) {
        return loaded.computeIfAbsent(e.code(), c -> {
            long t0 = System.nanoTime();
            try (InputStream raw = open(e.resource());
                 InputStream in = e.resource().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
                BoundarySet set = BoundaryReader.read(c, in);
                LOG.debug("boundaries {} loaded: {} municipalities in {} ms", c, set.municipalities().size(),
                        (System.nanoTime() - t0) / 1_000_000);
                return set;
            } catch (IOException ex) {
                throw new UncheckedIOException("boundary resource unreadable: " + e.resource(), ex);
            }
        });
    }

    private static boolean meets(GeoMath.Box a, GeoMath.Box b) {
        return a.minLat() <= b.maxLat() && a.maxLat() >= b.minLat() && a.minLng() <= b.maxLng()
                && a.maxLng() >= b.minLng();
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = BoundaryRegistry.class.getResourceAsStream(DIR + resource);
        if (in == null) {
            throw new IOException("missing resource " + DIR + resource);
        }
        return in;
    }

    static List<Entry> readIndex() {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = open("index.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Entry(f[0], f[1], f[2], new GeoMath.Box(Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("boundary index unreadable", e);
        }
        return out;
    }
}
