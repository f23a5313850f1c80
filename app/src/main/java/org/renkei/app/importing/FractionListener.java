package org.renkei.app.importing;

/** Turns rows read into a fraction of the file's estimated rows, for a determinate progress bar. */
final class FractionListener implements ImportListener {
    /** Never report done before the transaction is: the last rows still need writing and committing. */
    static final double MAX_FRACTION = 0.99;
    private final ImportListener target;
    private final long estimatedRows;

    private FractionListener(ImportListener target, long estimatedRows) {
        this.target = target;
        this.estimatedRows = estimatedRows;
    }

    /** {@code target} itself when the estimate is unknown (≤ 0). */
    static ImportListener of(ImportListener target, long estimatedRows) {
        return estimatedRows > 0 ? new FractionListener(target, estimatedRows) : target;
    }

    @Override
    public void fileStarted(String fileName, int index, int count) {
        target.fileStarted(fileName, index, count);
    }

    @Override
    public void rowsRead(long rows, double fraction) {
        double f = fraction >= 0 ? fraction : Math.min(MAX_FRACTION, (double) rows / estimatedRows);
        target.rowsRead(rows, f);
    }

    @Override
    public boolean cancelled() {
        return target.cancelled();
    }
}
