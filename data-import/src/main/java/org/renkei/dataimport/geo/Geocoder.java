package org.renkei.dataimport.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offline geocoder over the bundled nationwide town gazetteer (Geolonia 住所データ, CC BY 4.0,
 * based on 国土交通省 位置参照情報) with 市区町村コード from 国土数値情報（行政区域データ）.
 *
 * <p>{@link #geocode(String)} reads 都道府県 (optional), 市区町村 (with or without 郡, 政令市 wards,
 * a leading island or 支庁 name such as 八丈島 skipped) and 大字・町丁目 from free text and returns the
 * longest match: a town point ({@link Precision#TOWN}), else the municipality's representative
 * point ({@link Precision#MUNICIPALITY}), else {@link GeocodeResult#none()}. A municipality name
 * that exists in several prefectures (府中市) and is given without prefecture is resolved by its
 * town when only one of them has that town; otherwise the result is none, never a guess.
 * Instances are immutable and thread-safe.
 */
public final class Geocoder {

    private static final Logger LOG = LoggerFactory.getLogger(Geocoder.class);
    static final String GAZETTEER_RESOURCE = "japan_towns_geolonia.csv.gz";
    static final String CODES_RESOURCE = "jp_municipality_codes_N03_2021.csv";

    private static final Object LOCK = new Object();
    private static volatile Geocoder bundled;

    private final Gazetteer gazetteer;
    private final AddressMatcher matcher;

    private Geocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.matcher = new AddressMatcher(gazetteer);
    }

    /**
     * The geocoder over the bundled gazetteer. Loaded once on first use, thread-safe.
     *
     * @throws UncheckedIOException if the bundled data cannot be read (a broken build)
     */
    public static Geocoder bundled() {
        Geocoder result = bundled;
        if (result == null) {
            synchronized (LOCK) {
                result = bundled;
                if (result == null) {
                    result = loadBundled();
                    bundled = result;
                }
            }
        }
        return result;
    }

    private static Geocoder loadBundled() {
        long t0 = System.nanoTime();
        try (InputStream towns = resource(GAZETTEER_RESOURCE);
             InputStream codes = resource(CODES_RESOURCE)) {
            Geocoder g = read(new GZIPInputStream(towns, 1 << 16), codes);
            LOG.info("Loaded gazetteer: {} municipalities, {} rows in {} ms",
                    g.municipalityCount(), g.rowCount(), (System.nanoTime() - t0) / 1_000_000);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled gazetteer", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Geocoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }

    /**
     * Builds a geocoder from a gazetteer CSV stream (UTF-8, not compressed:
     * {@code 都道府県名,市区町村名,大字町丁目名,小字・通称名,緯度,経度}, header optional) and an optional N03
     * code list ({@code 市区町村コード,都道府県名,支庁・振興局名,郡・政令市名,市区町村名}, may be null).
     * The streams are read to the end but not closed.
     */
    public static Geocoder read(InputStream gazetteerCsv, InputStream municipalityCodesCsv) throws IOException {
        MunicipalityCodes codes = municipalityCodesCsv == null
                ? MunicipalityCodes.empty() : MunicipalityCodes.read(reader(municipalityCodesCsv));
        return new Geocoder(GazetteerLoader.load(gazetteerCsv, codes));
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Geocodes a free-text Japanese address; never throws on bad input, returns precision NONE instead. */
    public GeocodeResult geocode(String address) {
        return matcher.match(address);
    }

    /**
     * The place of an address as comparison keys (municipality, town, first house number), for telling whether two
     * differently written addresses are the same place. Never throws; {@link AddressPlace#none()} when not found.
     */
    public AddressPlace place(String address) {
        AddressMatcher.Located located = matcher.locate(address);
        return AddressPlace.of(located.result(), located.rest());
    }

    /** Number of municipalities in the gazetteer. */
    public int municipalityCount() {
        return gazetteer.municipalityCount();
    }

    /**
     * Parses the towns of every municipality now instead of on first use (about a second; for a
     * background thread at start-up, or before a nationwide batch). Returns this geocoder.
     */
    public Geocoder loadAllTowns() {
        for (int m = 0; m < gazetteer.municipalityCount(); m++) {
            gazetteer.towns(m);
        }
        return this;
    }

    /** Number of gazetteer rows read (towns and 小字, with or without coordinates). */
    public int rowCount() {
        return gazetteer.rowCount;
    }
}
