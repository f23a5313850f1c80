package org.renkei.app.importing;

import org.renkei.app.store.Database;
import org.renkei.app.store.DepartmentRepository;
import org.renkei.app.store.FacilityRepository;
import org.renkei.app.store.ImportBatchRepository;
import org.renkei.dataimport.geo.Geocoder;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportLimits;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.RowEstimate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Imports facility files into the store: one transaction per file, so a rejected or cancelled file changes nothing.
 * Linking to other sources' facilities runs at the end of the same transaction ({@link FacilityLinker}).
 * Facility lists go first, then department-hours files, then attribute files, whatever order they were given in.
 * Every reader holds a file to the {@link ImportLimits} (size, rows, columns, cells, cell length); past one the file
 * is rejected like any other bad file.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final Database db;
    private final ReaderResolver resolver;
    private final Geocoder geocoder;
    private final FacilityRepository facilities = new FacilityRepository();
    private final DepartmentRepository departments = new DepartmentRepository();
    private final ImportBatchRepository batches = new ImportBatchRepository();
    private final FacilityLinker linker;

    public ImportService(Database db, ReaderResolver resolver, Geocoder geocoder) {
        this.db = db;
        this.resolver = resolver;
        this.geocoder = geocoder;
        this.linker = new FacilityLinker(geocoder);
    }

    /** A file with the reader chosen for it. */
    public record Planned(Path file, FacilityFileReader reader) {
    }

    /** Detects the format of every file first, so an unknown file rejects the whole command before any write. */
    public List<Planned> plan(List<Path> files) throws ImportRejectedException {
        return plan(files, resolver);
    }

    /** Plans files with the given resolver (e.g. an import profile's), in import order. */
    public static List<Planned> plan(List<Path> files, ReaderResolver resolver) throws ImportRejectedException {
        List<Planned> planned = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new ImportRejectedException(new ImportProblem(f.toString(), "", 0, "",
                        "ファイルが見つかりません。"));
            }
            ImportLimits.current().checkFileSize(f); // before any reader looks inside
            planned.add(new Planned(f, resolver.resolve(f)));
        }
        planned.sort(Comparator.comparing(p -> p.reader().content()));
        return planned;
    }

    /** Imports one file in one transaction. Throws (and writes nothing) when the file is rejected or cancelled. */
    public FileReport importFile(Planned p, ImportListener listener) throws ImportRejectedException {
        String name = p.file().getFileName().toString();
        FacilityFileReader reader = p.reader();
        try {
            String sha = ContentHash.ofFile(p.file());
            ImportListener progress = FractionListener.of(listener, RowEstimate.of(p.file()));
            FileReport report = write(p, name, sha, progress, listener);
            LOG.info("Imported {} ({}): {} rows, {} added, {} updated, {} unchanged, {} closed, {} problems, "
                    + "links {} auto / {} pending", name, reader.format(), report.rows(), report.added(),
                    report.updated(), report.unchanged(), report.closed(), report.problems().size(),
                    report.links().auto(), report.links().pending());
            return report;
        } catch (ImportRejectedException | ImportCancelledException e) {
            LOG.info("Import of {} rejected or cancelled: {}", name, e.getMessage());
            throw e;
        } catch (IOException e) {
            throw new ImportRejectedException(new ImportProblem(name, "", 0, "",
                    "ファイルを読み込めません: " + e.getMessage()), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private FileReport write(Planned p, String name, String sha, ImportListener progress, ImportListener listener)
            throws Exception {
        FacilityFileReader reader = p.reader();
        return db.inTransaction(c -> {
            LocalDateTime now = LocalDateTime.now();
            long batchId = batches.start(c, name, sha, reader.format(), reader.source(), reader.scope(), now);
            StoreSink sink = new StoreSink(c, facilities, departments, geocoder, name, reader, batchId, now, progress);
            reader.read(p.file(), sink);
            sink.finish();
            int closed = 0;
            if (sink.facilityRows > 0 && !reader.scope().isEmpty() && !sink.listedAllActive()) {
                closed = facilities.closeMissing(c, reader.source(), reader.scope(), batchId);
            }
            LinkSummary links = linker.link(c, sink.touched, now, () -> {
                if (listener.cancelled()) {
                    throw new ImportCancelledException();
                }
            });
            List<ImportProblem> problems = new ArrayList<>(sink.problems);
            if (sink.droppedProblems > 0) {
                problems.add(new ImportProblem(name, "", 0, "", "ほかに " + sink.droppedProblems
                        + " 件の問題があります（表示は先頭 " + StoreSink.MAX_PROBLEMS + " 件まで）。"));
            }
            long rows = Math.max(sink.rows, (long) sink.added + sink.updated + sink.unchanged);
            batches.finish(c, batchId, rows, sink.added, sink.updated, sink.unchanged, closed);
            batches.addProblems(c, batchId, problems);
            return new FileReport(name, reader.format(), rows, sink.added, sink.updated, sink.unchanged, closed,
                    problems, links);
        });
    }

    /** Plans and imports every file; stops at the first rejected file (earlier files stay imported). */
    public List<FileReport> importAll(List<Path> files, ImportListener listener) throws ImportRejectedException {
        List<Planned> planned = plan(files);
        List<FileReport> reports = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            listener.fileStarted(planned.get(i).file().getFileName().toString(), i, planned.size());
            reports.add(importFile(planned.get(i), listener));
        }
        return reports;
    }
}
