package org.renkei.app.store;

import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Changes the encryption of a closed database file without a moment where the folder lacks a complete file:
 * the file is copied (under H2's own file lock, so no other process can open it meanwhile) into a work folder,
 * re-encrypted there with H2's {@link ChangeFileEncryption}, and moved back over the original in one rename.
 */
final class FileRekey {
    private static final Logger LOG = LoggerFactory.getLogger(FileRekey.class);
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    private static final String WORK = ".rekey";

    private FileRekey() {
    }

    static Path file(Path folder) {
        return folder.resolve(Database.FILE_NAME + ".mv.db");
    }

    /** True when the database file exists and does not start with H2's encrypted-file header. */
    static boolean isPlain(Path folder) {
        Path file = file(folder);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return !Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new StoreException("Cannot read the database header in " + folder, e);
        }
    }

    /**
     * Re-encrypts the closed database in {@code folder}.
     * @param oldPassword the current password, null for a database without encryption
     */
    static void rekey(Path folder, char[] oldPassword, char[] newPassword) {
        Path work = folder.resolve(WORK);
        deleteTree(work);
        Path copy = work.resolve(Database.FILE_NAME + ".mv.db");
        char[] oldFile = oldPassword == null ? null : FilePassword.file(oldPassword);
        char[] newFile = FilePassword.file(newPassword);
        try {
            Files.createDirectories(work);
            try (FileChannel original = FileChannel.open(file(folder), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock = tryLock(original, folder);
                try {
                    copy(original, copy);
                    // ChangeFileEncryption wipes the arrays it is given.
                    ChangeFileEncryption.execute(work.toString(), Database.FILE_NAME, "AES",
                            oldFile == null ? null : oldFile.clone(), newFile.clone(), true);
                } finally {
                    lock.release();
                }
            }
            Files.move(copy, file(folder), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Database file re-encrypted in {}", folder);
        } catch (IOException e) {
            throw new StoreException("Cannot re-encrypt the database in " + folder, e);
        } catch (SQLException e) {
            throw new StoreException("Cannot re-encrypt the database in " + folder, e);
        } finally {
            FilePassword.wipe(oldFile);
            FilePassword.wipe(newFile);
            deleteTree(work);
        }
    }

    private static FileLock tryLock(FileChannel channel, Path folder) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            throw new DatabaseLockedException(folder, e);
        }
        if (lock == null) {
            throw new DatabaseLockedException(folder, null);
        }
        return lock;
    }

    /** Copies through the locked channel itself (on Windows another handle could not read a locked file). */
    private static void copy(FileChannel from, Path to) throws IOException {
        try (FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = from.size();
            long done = 0;
            while (done < size) {
                done += from.transferTo(done, size - done, out);
            }
            out.force(true);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the work folder {}", dir, e);
        }
    }
}
