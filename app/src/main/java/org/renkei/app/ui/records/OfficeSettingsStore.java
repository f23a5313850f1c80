package org.renkei.app.ui.records;

import org.renkei.app.referral.OfficeSettings;

/** The office's own details ({@code SettingsService}). Slow: off the UI thread. */
public interface OfficeSettingsStore {
    OfficeSettings load();

    /** Saves and returns the settings as stored. */
    OfficeSettings save(OfficeSettings settings);
}
