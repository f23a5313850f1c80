package org.renkei.app.export.geo;

import org.renkei.app.export.StagedFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Facility lists and plans for other tools: GeoJSON ({@code .geojson}, {@code .json}), KML 2.2 ({@code .kml}) and
 * Excel ({@code .xlsx}), chosen by the file's extension. Each file is written beside its target and moved into
 * place, so a failed export leaves nothing behind.
 */
public final class GeoExports {
    private GeoExports() {
    }

    /**
     * @param title the KML document's name (e.g. 「紹介先 案1」); other formats ignore it
     * @throws IllegalArgumentException (Japanese message) for any other extension; nothing is written
     */
    public static void write(List<ExportPoint> points, String title, Path out) throws IOException {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            StagedFiles.writeOne(out, o -> GeoJsonExport.write(points, o));
        } else if (name.endsWith(".kml")) {
            StagedFiles.writeOne(out, o -> KmlExport.write(title, points, o));
        } else if (name.endsWith(".xlsx")) {
            StagedFiles.writeOne(out, o -> FacilityWorkbook.write(points, o));
        } else {
            throw new IllegalArgumentException(
                    "出力ファイルの拡張子は .geojson / .kml / .xlsx のいずれかにしてください: " + out.getFileName());
        }
    }
}
