package org.renkei.app.ui.exports;

import javafx.beans.property.ReadOnlyBooleanProperty;
import org.renkei.app.export.geo.ExportPoint;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.FileType;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.RunState;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.app.ui.common.UserErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * 「Excel / GeoJSON / KML に書き出す…」, shared by the search results, the plan cards and the 紹介記録: asks for a
 * file (.xlsx first), writes it in the background, opens it in the system viewer. Failures are shown once, in
 * Japanese. No nodes.
 */
public final class GeoExport {
    private static final Logger LOG = LoggerFactory.getLogger(GeoExport.class);

    private final GeoWriter writer;
    private final TaskRunner runner;
    private final DialogService dialogs;

    // Properties
    private final RunState writing = new RunState();

    public GeoExport(GeoWriter writer, TaskRunner runner, DialogService dialogs) {
        this.writer = writer;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    /** The types offered, Excel first. */
    public static List<FileType> types() {
        return List.of(new FileType(Messages.get("export.geo.filter.xlsx"), "xlsx"),
                new FileType(Messages.get("export.geo.filter.geojson"), "geojson"),
                new FileType(Messages.get("export.geo.filter.kml"), "kml"));
    }

    /** True while a file is being written. */
    public ReadOnlyBooleanProperty busyProperty() { return writing.busyProperty(); }

    // Commands

    /**
     * Asks where to write {@code points} and writes them there; nothing happens when the dialog is cancelled or a
     * file is being written.
     *
     * @param title    the KML document's name, e.g. 「紹介先 案1」
     * @param baseName the suggested file name without extension
     * @param written  told the file once it is written (on the UI thread)
     */
    public void export(List<ExportPoint> points, String title, String baseName, Consumer<Path> written) {
        if (points.isEmpty() || writing.busyProperty().get()) {
            return;
        }
        Path out = dialogs.chooseFileToSave(Messages.get("export.geo.chooser"), baseName + ".xlsx", types())
                .orElse(null);
        if (out == null) {
            return;
        }
        List<ExportPoint> copy = List.copyOf(points);
        writing.run(runner, BackgroundTask.of(() -> {
                    writer.write(copy, title, out);
                    return out;
                })
                .onSuccess(file -> {
                    written.accept(file);
                    dialogs.openInSystemViewer(file);
                })
                .onError(e -> UserErrors.show(dialogs, LOG, Messages.get("export.geo.failed"),
                        "Writing a facility export of " + copy.size() + " points", e)));
    }
}
