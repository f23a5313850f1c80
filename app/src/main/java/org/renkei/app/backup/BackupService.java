package org.renkei.app.backup;

import org.renkei.app.store.BackupRepository;
import org.renkei.app.store.Database;
import org.renkei.app.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backups of the open embedded database: a zip made by the database itself (consistent while in use; an encrypted
 * database stays encrypted in it). The daily ones go to {@code backups/renkei-YYYY-MM-DD.zip} next to the database
 * and are thinned by {@link Retention}; other files in that folder are left alone.
 */
public final class BackupService {
    public static final String FOLDER = "backups";
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final Pattern DAILY = Pattern.compile("renkei-(\\d{4}-\\d{2}-\\d{2})\\.zip");

    /** Why backups and restores are refused on a shared PostgreSQL database. */
    public static final String SERVER_REFUSAL = "共有データベース（PostgreSQL）のバックアップと復元はサーバー側で行ってください"
            + "（pg_dump / pg_restore）。連携デスクが扱うのは端末のデータベースだけです。";

    private final Database db;
    private final Clock clock;
    private final BackupRepository repository = new BackupRepository();

    public BackupService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The folder of the daily backups. */
    public Path dailyFolder() {
        return db.folder().resolve(FOLDER);
    }

    /** Writes a backup to {@code out} (replacing an older file of that name); a failure leaves nothing there. */
    public Path backupTo(Path out) {
        if (db.folder() == null) {
            throw new BackupRejectedException(SERVER_REFUSAL);
        }
        Path target = out.toAbsolutePath();
        Path parent = target.getParent();
        Path temp = parent.resolve(".renkei-backup-" + UUID.randomUUID() + ".zip");
        try {
            Files.createDirectories(parent);
            try (var c = db.connection()) {
                repository.backupTo(c, temp);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new BackupRejectedException("バックアップを書き込めません: " + parent, e);
        } catch (java.sql.SQLException e) {
            throw new StoreException("Writing a backup", e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.warn("Cannot delete the temporary backup {}", temp);
            }
        }
    }

    /**
     * The first call of each day writes today's backup into {@link #dailyFolder()} and deletes the daily backups
     * {@link Retention} no longer keeps; later calls that day do nothing.
     *
     * @return today's backup when it was written now
     */
    public Optional<Path> dailyIfDue() {
        if (db.folder() == null) {
            return Optional.empty(); // a shared server database is backed up on the server
        }
        LocalDate today = LocalDate.now(clock);
        Path todays = dailyFolder().resolve("renkei-" + today + ".zip");
        if (Files.exists(todays)) {
            return Optional.empty();
        }
        backupTo(todays);
        prune();
        LOG.info("Daily backup written: {}", todays.getFileName());
        return Optional.of(todays);
    }

    /** Deletes the daily backups {@link Retention} does not keep; returns how many were deleted. */
    public int prune() {
        Map<LocalDate, Path> daily = daily();
        Set<LocalDate> keep = Retention.keep(daily.keySet());
        int deleted = 0;
        for (Map.Entry<LocalDate, Path> e : daily.entrySet()) {
            if (!keep.contains(e.getKey())) {
                try {
                    Files.deleteIfExists(e.getValue());
                    deleted++;
                } catch (IOException ex) {
                    LOG.warn("Cannot delete the old backup {}: {}", e.getValue().getFileName(), ex.toString());
                }
            }
        }
        return deleted;
    }

    /** The daily backups by day. */
    public Map<LocalDate, Path> daily() {
        Map<LocalDate, Path> out = new TreeMap<>();
        if (!Files.isDirectory(dailyFolder())) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dailyFolder(), "renkei-*.zip")) {
            for (Path f : files) {
                Matcher m = DAILY.matcher(f.getFileName().toString());
                if (m.matches()) {
                    try {
                        out.put(LocalDate.parse(m.group(1)), f);
                    } catch (DateTimeParseException ignored) {
                        // not one of ours
                    }
                }
            }
        } catch (IOException e) {
            throw new BackupRejectedException("バックアップのフォルダを読めません: " + dailyFolder(), e);
        }
        return out;
    }
}
