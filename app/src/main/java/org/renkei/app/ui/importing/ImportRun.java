package org.renkei.app.ui.importing;

import org.renkei.app.importing.ImportCancelledException;
import org.renkei.app.importing.ImportListener;
import org.renkei.app.importing.ImportService.Planned;
import org.renkei.app.ui.common.Messages;
import org.renkei.dataimport.read.ImportRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The worker side of an import: plans the files (an unknown file is reported, the others still go ahead),
 * then imports them one transaction each, stopping after a cancel. Runs off the UI thread; no JavaFX here.
 * Used by the import dialog and by the sample import at start-up.
 */
public final class ImportRun {
    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

    private final FileImporter importer;
    private final ImportListener listener;

    public ImportRun(FileImporter importer, ImportListener listener) {
        this.importer = importer;
        this.listener = listener;
    }

    /** One outcome per file: rejected and failed files are reported, never thrown. */
    public List<FileOutcome> run(List<Path> files) {
        List<FileOutcome> outcomes = new ArrayList<>();
        List<Planned> planned = plan(files, outcomes);
        for (int i = 0; i < planned.size(); i++) {
            String name = planned.get(i).file().getFileName().toString();
            if (listener.cancelled()) {
                outcomes.add(FileOutcome.of(name, FileOutcome.Status.SKIPPED));
                continue;
            }
            listener.fileStarted(name, i, planned.size());
            outcomes.add(importOne(planned.get(i), name));
        }
        return outcomes;
    }

    private FileOutcome importOne(Planned p, String name) {
        try {
            return FileOutcome.imported(importer.importFile(p, listener));
        } catch (ImportRejectedException e) {
            return FileOutcome.rejected(name, e.problem());
        } catch (ImportCancelledException e) {
            return FileOutcome.of(name, FileOutcome.Status.CANCELLED);
        } catch (RuntimeException e) {
            LOG.error("Import of {} failed", name, e);
            return FileOutcome.failed(name, Messages.get("import.failed.message"));
        }
    }

    /** Plans all files together (for their order); if one is rejected, plans the others without it. */
    private List<Planned> plan(List<Path> files, List<FileOutcome> outcomes) {
        try {
            return importer.plan(files);
        } catch (ImportRejectedException whole) {
            List<Path> accepted = new ArrayList<>();
            for (Path f : files) {
                try {
                    importer.plan(List.of(f));
                    accepted.add(f);
                } catch (ImportRejectedException e) {
                    outcomes.add(FileOutcome.rejected(f.getFileName().toString(), e.problem()));
                }
            }
            if (accepted.isEmpty()) {
                return List.of();
            }
            try {
                return importer.plan(accepted);
            } catch (ImportRejectedException e) {
                outcomes.add(FileOutcome.rejected(e.problem().file(), e.problem()));
                return List.of();
            }
        }
    }
}
