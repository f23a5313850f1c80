package org.renkei.app.backup;

import org.renkei.app.store.BackupRepository;
import org.renkei.app.store.Database;
import org.renkei.app.store.WrongPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Restores a backup in two steps. {@link #stage} unzips it into a folder next to the database and opens it the way the
 * app opens its database (migrations applied), reading the counts to show; nothing of the current database is
 * touched. The window does the same in {@link #unpack} and {@link #open} steps, so that a backup encrypted under an
 * older password can be opened with that one (asked from the user) without unzipping it again. {@link #replace}, once the user confirmed and the current database is closed, moves the current database
 * files aside into {@code replaced-YYYYMMDD-HHMMSS/} and the restored ones in.
 */
public final class RestoreService {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** The one file a backup of the embedded database holds. */
    static final String DATA_FILE = Database.FILE_NAME + ".mv.db";

    private final Path folder;
    private final DatabaseOpener opener;
    private final Clock clock;

    /** @param folder the database's folder; null for a shared server database (every restore is then refused) */
    public RestoreService(Path folder, DatabaseOpener opener, Clock clock) {
        this.folder = folder == null ? null : folder.toAbsolutePath();
        this.opener = Objects.requireNonNull(opener);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * A backup unzipped and opened, waiting for confirmation. {@code opener} opened it (and opens the database once
     * restored); {@code otherPassword}: it was not the current password but the one the user gave for this backup.
     */
    public record Staged(Path folder, BackupCounts counts, DatabaseOpener opener, boolean otherPassword) {
    }

    /** Unzips and opens {@code zip}; refuses (Japanese message, nothing left behind) what is not a usable backup. */
    public Staged stage(Path zip) {
        Path staging = unpack(zip);
        Optional<Staged> staged = open(staging, opener);
        if (staged.isEmpty()) {
            deleteQuietly(staging);
            throw new BackupRejectedException("バックアップを開けません。壊れているか、別のパスワードで暗号化されています。");
        }
        return staged.get();
    }

    /** Unzips {@code zip} into a new folder next to the database; refuses what is not a backup (nothing left behind). */
    public Path unpack(Path zip) {
        if (folder == null) {
            throw new BackupRejectedException(BackupService.SERVER_REFUSAL);
        }
        if (!Files.isRegularFile(zip)) {
            throw new BackupRejectedException("バックアップファイルが見つかりません: " + zip.getFileName());
        }
        Path staging = folder.resolve("restore-" + STAMP.format(LocalDateTime.now(clock)));
        try {
            Files.createDirectories(staging);
            unzip(zip, staging);
            return staging;
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new BackupRejectedException("バックアップを展開できません: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    /** Opens an {@link #unpack unpacked} backup with the current password (as the app opens its database). */
    public Optional<Staged> open(Path staging) {
        return open(staging, opener);
    }

    /**
     * Opens an {@link #unpack unpacked} backup with {@code with} (migrations applied) and reads its counts. Empty when
     * that password does not open it: the folder is kept for another try ({@link #discard(Path)} when giving up).
     * Any other failure deletes the folder and is refused.
     */
    public Optional<Staged> open(Path staging, DatabaseOpener with) {
        try (Database restored = with.open(staging)) {
            return Optional.of(new Staged(staging, count(restored), with, with != opener));
        } catch (WrongPasswordException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("A backup could not be opened: {}", e.toString());
            deleteQuietly(staging);
            throw new BackupRejectedException("バックアップを開けません。壊れているか、連携デスクのデータベースではありません。", e);
        }
    }

    /** Deletes an unpacked backup that was not staged (its password was not found). */
    public void discard(Path staging) {
        deleteQuietly(staging);
    }

    /** Deletes a staged backup the user did not confirm. */
    public void discard(Staged staged) {
        deleteQuietly(staged.folder());
    }

    /**
     * Moves the current database files into {@code replaced-YYYYMMDD-HHMMSS/} and the staged ones in; returns the
     * folder the replaced files are in. The current database must be closed (refused while any process uses it).
     */
    public Path replace(Staged staged) {
        Path current = folder.resolve(DATA_FILE);
        if (Files.exists(current) && inUse(current)) {
            throw new BackupRejectedException("データベースが使用中です。連携デスクを終了してから復元してください。");
        }
        Path aside = folder.resolve("replaced-" + STAMP.format(LocalDateTime.now(clock)));
        List<Path> moved = new ArrayList<>();
        try {
            Files.createDirectories(aside);
            for (Path f : databaseFiles(folder)) {
                moved.add(Files.move(f, aside.resolve(f.getFileName())));
            }
            Files.move(staged.folder().resolve(DATA_FILE), current);
        } catch (IOException e) {
            for (Path f : moved) {
                try {
                    Files.move(f, folder.resolve(f.getFileName()));
                } catch (IOException back) {
                    LOG.error("Cannot move {} back after a failed restore", f, back);
                }
            }
            throw new BackupRejectedException("データベースを置き換えられません: " + e.getMessage(), e);
        }
        deleteQuietly(staged.folder());
        LOG.info("Database restored; the replaced files are in {}", aside.getFileName());
        return aside;
    }

    private static BackupCounts count(Database db) {
        BackupRepository repo = new BackupRepository();
        try (var c = db.connection()) {
            return new BackupCounts(repo.facilities(c), repo.cases(c), repo.referrals(c));
        } catch (java.sql.SQLException e) {
            throw new org.renkei.app.store.StoreException("Counting a restored database", e);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        boolean found = false;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                // only the data file, by exact name: no folders, nothing outside the staging folder
                if (!e.isDirectory() && e.getName().equals(DATA_FILE)) {
                    try (InputStream in = z.getInputStream(e)) {
                        Files.copy(in, into.resolve(DATA_FILE));
                    }
                    found = true;
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new BackupRejectedException("バックアップファイルではありません（zip 形式ではありません）。", e);
        }
        if (!found) {
            throw new BackupRejectedException("バックアップファイルではありません（連携デスクのデータベースが入っていません）。");
        }
    }

    /** True while some process (this one included) holds the database file open. */
    private static boolean inUse(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    private static List<Path> databaseFiles(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().startsWith(Database.FILE_NAME + ".")).toList();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", dir.getFileName(), e.toString());
        }
    }
}
