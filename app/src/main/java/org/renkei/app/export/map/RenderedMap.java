package org.renkei.app.export.map;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.Map;

/**
 * Where a render put things, in drawing units of the map's own surface (before any device scaling).
 *
 * @param pins          pin number → centre of its circle
 * @param home          centre of the home marker, null without a home
 * @param municipalities names of the municipalities drawn (those meeting the view)
 * @param labels        municipality names actually printed
 */
public record RenderedMap(Viewport view, Map<Integer, Point2D> pins, Point2D home, ScaleBar scaleBar,
                          List<String> municipalities, List<String> labels) {
    public RenderedMap {
        pins = Map.copyOf(pins);
        municipalities = List.copyOf(municipalities);
        labels = List.copyOf(labels);
    }
}
