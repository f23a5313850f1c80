package org.renkei.app.importing;

import org.renkei.dataimport.read.ImportProblem;

import java.util.List;

/** What importing one file did. */
public record FileReport(String file, String format, long rows, int added, int updated, int unchanged, int closed,
                         List<ImportProblem> problems) {
    public FileReport {
        problems = List.copyOf(problems);
    }
}
