package org.renkei.app.export.map;

/**
 * A scale bar of a round ground length (1, 2 or 5 × 10ⁿ metres) no longer than the room it is given.
 *
 * @param metres ground length the bar stands for
 * @param length the bar's length in drawing units
 * @param label  「500 m」, 「1 km」, 「2 km」
 */
public record ScaleBar(double metres, double length, String label) {
    private static final int[] STEPS = {1, 2, 5};

    /** The longest round length that fits in {@code maxUnits} at the viewport's scale. */
    public static ScaleBar fitting(Viewport view, double maxUnits) {
        double maxMetres = maxUnits * view.metresPerUnit();
        double metres = 1;
        for (double decade = 1; decade <= 1e7; decade *= 10) {
            for (int s : STEPS) {
                if (s * decade <= maxMetres) {
                    metres = s * decade;
                }
            }
        }
        return new ScaleBar(metres, metres / view.metresPerUnit(), label(metres));
    }

    static String label(double metres) {
        if (metres >= 1000) {
            return (long) (metres / 1000) + " km";
        }
        return (long) metres + " m";
    }
}
