package org.renkei.app.importing;

import org.renkei.dataimport.read.ImportProblem;

import java.util.List;

/**
 * What importing one file did.
 *
 * @param links links between the facilities this file touched and other sources' facilities
 */
public record FileReport(String file, String format, long rows, int added, int updated, int unchanged, int closed,
                         List<ImportProblem> problems, LinkSummary links) {
    public FileReport {
        problems = List.copyOf(problems);
        links = links == null ? LinkSummary.NONE : links;
    }

    /** A report without links (a file whose facilities were not linked). */
    public FileReport(String file, String format, long rows, int added, int updated, int unchanged, int closed,
                      List<ImportProblem> problems) {
        this(file, format, rows, added, updated, unchanged, closed, problems, LinkSummary.NONE);
    }
}
