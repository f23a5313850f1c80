package org.renkei.app.ui.importing;

import org.renkei.app.importing.FileReport;
import org.renkei.app.ui.common.Messages;

import java.util.List;
import java.util.stream.Collectors;

/** The Japanese sentences at the top of the import result. */
final class ImportSummary {
    private ImportSummary() {
    }

    static String of(List<FileOutcome> outcomes) {
        List<FileReport> done = outcomes.stream().map(FileOutcome::report).filter(r -> r != null).toList();
        String text = Messages.get("import.summary", done.size(), outcomes.size(),
                done.stream().mapToInt(FileReport::added).sum(), done.stream().mapToInt(FileReport::updated).sum(),
                done.stream().mapToInt(FileReport::unchanged).sum(), done.stream().mapToInt(FileReport::closed).sum());
        if (outcomes.stream().anyMatch(o -> o.status() == FileOutcome.Status.CANCELLED)) {
            text += "\n" + Messages.get("import.summary.cancelled");
        }
        return text;
    }

    static String rejections(List<FileOutcome> outcomes) {
        return outcomes.stream()
                .filter(o -> o.status() == FileOutcome.Status.REJECTED || o.status() == FileOutcome.Status.FAILED)
                .map(o -> Messages.get("import.rejected", o.file(), o.problem().describe()))
                .collect(Collectors.joining("\n"));
    }
}
