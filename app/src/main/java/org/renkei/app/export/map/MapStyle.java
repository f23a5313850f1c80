package org.renkei.app.export.map;

import java.awt.Color;

/**
 * Sizes (in drawing units) and switches for one use of the map: print (units are points) or screen (pixels).
 *
 * @param pinRadius     radius of a clinic's numbered circle
 * @param pinFont       size of the number in it
 * @param labelFont     clinic names beside pins and 「ご自宅」
 * @param areaFont      municipality names
 * @param townFont      town (町) names, the faint orientation layer
 * @param smallFont     scale bar, north arrow, credit
 * @param pinLabels     draw clinic names beside the pins
 * @param credit        draw the data credit inside the map (off when the page prints it below the map)
 */
public record MapStyle(double pinRadius, float pinFont, float labelFont, float areaFont, float townFont,
                       float smallFont, boolean pinLabels, boolean credit) {
    public static final Color PAPER = new Color(0xEC, 0xEC, 0xE8);
    public static final Color LAND = new Color(0xFB, 0xF8, 0xEF);
    public static final Color BOUNDARY = new Color(0x9A, 0x8F, 0x80);
    public static final Color AREA_TEXT = new Color(0x55, 0x4E, 0x45);
    public static final Color PIN = new Color(0xC6, 0x28, 0x28);
    public static final Color HOME = new Color(0x1F, 0x4E, 0x9A);
    public static final Color INK = new Color(0x22, 0x22, 0x22);
    public static final Color TOWN_TEXT = new Color(0x86, 0x7E, 0x72);

    /** The handout: units are points on A4 paper. */
    public static final MapStyle PRINT = new MapStyle(12, 14, 12, 14, 9.5f, 8.5f, true, false);
    /** The window: units are pixels. */
    public static final MapStyle SCREEN = new MapStyle(13, 15, 13, 15, 11, 11, true, true);

    /** The 国土数値情報 credit its terms ask for. */
    public static final String CREDIT = "出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成";
    /** The credit CC BY 4.0 asks for the town names (points averaged from the gazetteer). */
    public static final String TOWN_CREDIT = "町名：Geolonia 住所データ（CC BY 4.0）を加工して作成";
}
