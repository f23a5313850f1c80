package org.renkei.app.ui.common;

import org.renkei.app.cases.CaseRejectedException;
import org.renkei.app.export.ExportRejectedException;
import org.slf4j.Logger;

import java.io.IOException;

/**
 * Shows a failed command to the user once, in plain Japanese: a refusal with its own reason (not logged: it is the
 * user's input), a file that could not be written with a hint, anything else as unexpected (logged with its stack
 * trace, which carries no patient data: services name cases by id only).
 */
public final class UserErrors {
    private UserErrors() {
    }

    /**
     * @param header what failed, e.g. 「紹介状を出力できませんでした」
     * @param what   the operation for the log, in English, without patient data
     */
    public static void show(DialogService dialogs, Logger log, String header, String what, Exception e) {
        if (e instanceof CaseRejectedException || e instanceof ExportRejectedException) {
            dialogs.showError(header, e.getMessage());
        } else if (e instanceof IOException) {
            log.warn("{} failed: {}", what, e.getClass().getName());
            dialogs.showError(header, Messages.get("error.write.message"));
        } else {
            log.error("{} failed", what, e);
            dialogs.showError(header, Messages.get("error.unexpected.message", LogLocation.file().toString()));
        }
    }
}
