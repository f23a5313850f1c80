package org.renkei.app.ui.importing;

import org.renkei.dataimport.read.ImportProblem;

/** One problem in the import result table: ファイル, シート, 行, 列, 内容. */
public record ProblemRow(String file, String sheet, String row, String column, String message) {
    static ProblemRow of(ImportProblem p) {
        return new ProblemRow(p.file(), p.sheet(), p.row() > 0 ? String.valueOf(p.row()) : "", p.column(),
                p.message());
    }
}
