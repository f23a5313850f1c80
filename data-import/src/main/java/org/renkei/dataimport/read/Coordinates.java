package org.renkei.dataimport.read;

/** Coordinates as written in facility files: empty or "0.0,0.0" mean none; values outside Japan are a problem. */
public final class Coordinates {
    private Coordinates() {
    }

    /**
     * @param latLng  {lat, lng}, or null when the file gives none or unusable ones
     * @param problem a Japanese message when the cells were unusable, else null
     */
    public record Parsed(double[] latLng, String problem) {
    }

    public static Parsed parse(String latText, String lngText) {
        String la = Text.nfkc(latText);
        String ln = Text.nfkc(lngText);
        if (la.isEmpty() && ln.isEmpty()) {
            return new Parsed(null, null);
        }
        try {
            double lat = Double.parseDouble(la);
            double lng = Double.parseDouble(ln);
            if (lat == 0.0 && lng == 0.0) {
                return new Parsed(null, null);
            }
            if (lat >= 20 && lat <= 46 && lng >= 122 && lng <= 154) {
                return new Parsed(new double[] {lat, lng}, null);
            }
            return new Parsed(null, "座標「" + la + "," + ln + "」が日本の範囲外です（住所から位置を求めます）。");
        } catch (NumberFormatException e) {
            return new Parsed(null, "座標「" + la + "," + ln + "」を読めません（住所から位置を求めます）。");
        }
    }
}
