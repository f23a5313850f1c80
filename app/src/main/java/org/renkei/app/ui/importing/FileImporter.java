package org.renkei.app.ui.importing;

import org.renkei.app.importing.FileReport;
import org.renkei.app.importing.ImportListener;
import org.renkei.app.importing.ImportService;
import org.renkei.app.importing.ReaderResolver;
import org.renkei.dataimport.read.ImportRejectedException;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** The import operations the UI needs ({@link ImportService} in production). Slow: off the UI thread. */
public interface FileImporter {
    List<ImportService.Planned> plan(List<Path> files) throws ImportRejectedException;

    FileReport importFile(ImportService.Planned planned, ImportListener listener) throws ImportRejectedException;

    /** This importer reading every file with {@code resolver} (an import profile) instead of detecting the format. */
    default FileImporter with(ReaderResolver resolver) {
        FileImporter self = this;
        return new FileImporter() {
            @Override
            public List<ImportService.Planned> plan(List<Path> files) throws ImportRejectedException {
                return ImportService.plan(files, resolver);
            }

            @Override
            public FileReport importFile(ImportService.Planned planned, ImportListener listener)
                    throws ImportRejectedException {
                return self.importFile(planned, listener);
            }
        };
    }

    /** The production importer; the service is created on first use (off the UI thread) and then kept. */
    static FileImporter of(Supplier<ImportService> service) {
        return new FileImporter() {
            private ImportService created;

            private synchronized ImportService service() {
                if (created == null) {
                    created = service.get();
                }
                return created;
            }

            @Override
            public List<ImportService.Planned> plan(List<Path> files) throws ImportRejectedException {
                return service().plan(files);
            }

            @Override
            public FileReport importFile(ImportService.Planned planned, ImportListener listener)
                    throws ImportRejectedException {
                return service().importFile(planned, listener);
            }
        };
    }
}
