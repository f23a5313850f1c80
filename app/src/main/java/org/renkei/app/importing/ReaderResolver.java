package org.renkei.app.importing;

import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportRejectedException;

import java.nio.file.Path;

/** Finds the reader for a file, or rejects the file with a Japanese reason. */
@FunctionalInterface
public interface ReaderResolver {
    FacilityFileReader resolve(Path file) throws ImportRejectedException;
}
