package org.renkei.app.ui.exports;

import org.renkei.app.export.ExportRejectedException;
import org.renkei.app.export.geo.ExportPoint;
import org.renkei.app.export.geo.GeoExports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes facilities as .xlsx, GeoJSON or KML by the file's extension ({@link GeoExports} in production). Slow: off
 * the UI thread. Refusals are {@link ExportRejectedException} with a Japanese message; nothing is written then.
 */
@FunctionalInterface
public interface GeoWriter {
    void write(List<ExportPoint> points, String title, Path out) throws IOException;

    /** The real exporter. */
    static GeoWriter standard() {
        return (points, title, out) -> {
            try {
                GeoExports.write(points, title, out);
            } catch (IllegalArgumentException e) {
                throw new ExportRejectedException(e.getMessage(), e);
            }
        };
    }
}
