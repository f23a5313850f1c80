package org.renkei.app.export.map;

import java.util.Objects;

/**
 * A numbered clinic on the map.
 *
 * @param number the number printed in the pin and in the handout's table (1-based)
 * @param name   the clinic's name, drawn beside the pin
 * @param detail a second line for the window (address); not drawn on the map
 */
public record MapPin(int number, LatLng at, String name, String detail) {
    public MapPin {
        Objects.requireNonNull(at, "at");
        name = Objects.requireNonNullElse(name, "");
        detail = Objects.requireNonNullElse(detail, "");
        if (number < 1) {
            throw new IllegalArgumentException("pin numbers start at 1: " + number);
        }
    }
}
