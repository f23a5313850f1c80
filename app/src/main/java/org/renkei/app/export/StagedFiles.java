package org.renkei.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Files written to temporary names beside their targets and moved into place together at the end, so a failed
 * export leaves neither half-written files nor a partial set behind. Temporaries not committed are deleted on close.
 * A single file: {@link #writeOne(Path, Content)}.
 */
public final class StagedFiles implements AutoCloseable {
    /** Writes a file's content to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Map<Path, Path> targetsByTemp = new LinkedHashMap<>();
    private boolean committed;

    /** A new temporary file in {@code target}'s folder, to be moved to {@code target} by {@link #commit()}. */
    public Path stage(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile: its owner-only permissions would stay on the exported file
        Path temp = Files.createFile(dir.resolve(".renkei-" + UUID.randomUUID() + ".part"));
        targetsByTemp.put(temp, target);
        return temp;
    }

    /** Stages {@code target} and writes {@code content} to the temporary file. */
    public void write(Path target, Content content) throws IOException {
        try (OutputStream out = Files.newOutputStream(stage(target))) {
            content.writeTo(out);
        }
    }

    /** One file written beside {@code target} and moved into place; a failure leaves nothing behind. */
    public static void writeOne(Path target, Content content) throws IOException {
        try (StagedFiles staged = new StagedFiles()) {
            staged.write(target, content);
            staged.commit();
        }
    }

    /** Moves every staged file into place (replacing older exports of the same name); returns the targets. */
    public List<Path> commit() throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, Path> e : targetsByTemp.entrySet()) {
            move(e.getKey(), e.getValue());
            written.add(e.getValue());
        }
        committed = true;
        targetsByTemp.clear();
        return written;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        for (Path temp : targetsByTemp.keySet()) {
            Files.deleteIfExists(temp);
        }
        targetsByTemp.clear();
    }
}
