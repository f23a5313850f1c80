package org.renkei.app.export.handout;

/** The number inside a table pin: smaller for two digits so it stays inside the circle. */
final class PinText {
    private PinText() {
    }

    static float size(String number, double radius) {
        return (float) (number.length() > 1 ? radius * 1.05 : radius * 1.3);
    }
}
