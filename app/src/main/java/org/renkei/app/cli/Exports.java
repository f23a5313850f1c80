package org.renkei.app.cli;

import org.renkei.app.export.geo.ExportPoint;
import org.renkei.app.export.geo.GeoExports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code --out FILE} on search and case show: facilities as .xlsx / GeoJSON / KML; a bad extension exits 3. */
final class Exports {
    private Exports() {
    }

    static void points(List<ExportPoint> points, String title, Path out) throws IOException {
        try {
            GeoExports.write(points, title, out);
        } catch (IllegalArgumentException e) {
            throw new CliRejectedException(e.getMessage());
        }
    }
}
