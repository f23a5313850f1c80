package org.renkei.app.ui.importing.mapping;

import org.renkei.app.importing.ImportProfiles;
import org.renkei.app.importing.Readers;
import org.renkei.app.ui.importing.ImportViewModel;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.profile.CsvEncoding;
import org.renkei.dataimport.read.profile.ImportProfile;
import org.renkei.dataimport.read.profile.Preview;
import org.renkei.dataimport.read.profile.SheetRef;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the mapping dialog needs from the rest of the application (slow calls run off the UI thread).
 *
 * @param importer starts the normal import of a file through a profile (progress and result in the import dialog)
 */
public record MappingServices(PreviewLoader previews, ProfileStore profiles, Supplier<DepartmentVocabulary> vocabulary,
                              ProfileImport importer) {

    /** Reads the first rows of a list. */
    @FunctionalInterface
    public interface PreviewLoader {
        Preview load(Path file, CsvEncoding encoding, SheetRef sheet) throws ImportRejectedException;
    }

    /** Reads and writes profile files. */
    public interface ProfileStore {
        ImportProfile load(Path file) throws ImportRejectedException;

        void save(ImportProfile profile, Path file) throws IOException;
    }

    /** Starts importing {@code file} through {@code profile}. */
    @FunctionalInterface
    public interface ProfileImport {
        void start(ImportProfile profile, Path file);
    }

    /** The real services: previews and profile files on disk, the import run by {@code importing}. */
    public static MappingServices standard(ImportViewModel importing) {
        return new MappingServices(Preview::load, new ProfileStore() {
            @Override
            public ImportProfile load(Path file) throws ImportRejectedException {
                return ImportProfiles.load(file);
            }

            @Override
            public void save(ImportProfile profile, Path file) throws IOException {
                ImportProfiles.save(profile, file);
            }
        }, DepartmentVocabulary::bundled,
                (profile, file) -> importing.importWith(Readers.profile(profile), List.of(file)));
    }
}
