package org.renkei.dataimport.read;

/** A file that cannot be imported at all. Nothing from it may be written. */
public class ImportRejectedException extends Exception {
    private final transient ImportProblem problem;

    public ImportRejectedException(ImportProblem problem) {
        super(problem.describe());
        this.problem = problem;
    }

    public ImportRejectedException(ImportProblem problem, Throwable cause) {
        super(problem.describe(), cause);
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}
