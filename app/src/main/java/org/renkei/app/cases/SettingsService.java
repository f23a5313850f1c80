package org.renkei.app.cases;

import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.store.Database;
import org.renkei.app.store.SettingsRepository;
import org.renkei.app.store.Tx;

/** The office's own details (letter head, handout) and preferences, kept in the database. */
public final class SettingsService {
    private final Database db;
    private final SettingsRepository settings = new SettingsRepository();

    public SettingsService(Database db) {
        this.db = db;
    }

    /** The saved settings, or {@link OfficeSettings#defaults()} before anything was saved. */
    public OfficeSettings load() {
        return Tx.run(db, "Reading office settings", settings::load);
    }

    /** Saves the settings; refuses values longer than the store keeps. */
    public OfficeSettings save(OfficeSettings s) {
        CaseRules.length(s.hospitalName(), 400, "医療機関名");
        CaseRules.length(s.postalCode(), 16, "郵便番号");
        CaseRules.length(s.address(), 1000, "所在地");
        CaseRules.length(s.phone(), 64, "電話番号");
        CaseRules.length(s.fax(), 64, "FAX番号");
        CaseRules.length(s.logoPath(), 1000, "ロゴのファイル名");
        Tx.run(db, "Saving office settings", c -> {
            settings.save(c, s);
            return null;
        });
        return load();
    }
}
