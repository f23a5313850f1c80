package org.renkei.app.cli;

/** Input rejected: the CLI prints the one-line Japanese reason on stderr and exits with 3. */
public class CliRejectedException extends RuntimeException {
    public CliRejectedException(String reason) {
        super(reason);
    }
}
