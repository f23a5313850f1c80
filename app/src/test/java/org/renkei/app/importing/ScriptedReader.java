package org.renkei.app.importing;

import org.renkei.dataimport.model.FacilityAttributes;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.read.FacilityFileReader;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;

import java.nio.file.Path;
import java.util.List;

/** A reader that emits prepared records (and optionally rejects the file after them), to test the store side. */
record ScriptedReader(String format, String scope, List<FacilityRecord> records, List<FacilityAttributes> attributes,
                      boolean rejectAtEnd) implements FacilityFileReader {

    static ScriptedReader of(String scope, List<FacilityRecord> records) {
        return new ScriptedReader("test-facility", scope, records, List.of(), false);
    }

    @Override
    public String source() {
        return "test";
    }

    @Override
    public void read(Path file, ImportSink sink) throws ImportRejectedException {
        for (int i = 0; i < records.size(); i++) {
            sink.facility(records.get(i), "", i + 2); // row 1 is the header
        }
        attributes.forEach(sink::attributes);
        sink.progress(records.size() + attributes.size());
        if (rejectAtEnd) {
            throw new ImportRejectedException(new ImportProblem(file.getFileName().toString(), "", records.size() + 1,
                    "", "ファイルが途中で切れています。"));
        }
    }
}
