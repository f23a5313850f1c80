package org.renkei.app.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StagedFilesTest {
    @TempDir
    Path dir;

    private List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailureBeforeCommitLeavesNothingAndKeepsOlderFiles() throws IOException {
        Files.writeString(dir.resolve("a.pdf"), "old");
        assertThrows(IOException.class, () -> {
            try (StagedFiles staged = new StagedFiles()) {
                Files.writeString(staged.stage(dir.resolve("a.pdf")), "new a");
                Files.writeString(staged.stage(dir.resolve("b.pdf")), "new b");
                throw new IOException("disk full while writing the third file");
            }
        });
        assertEquals(List.of("a.pdf"), names(dir));
        assertEquals("old", Files.readString(dir.resolve("a.pdf")));
    }

    @Test
    void commitMovesEveryFileIntoPlaceWithOrdinaryPermissions() throws IOException {
        Files.writeString(dir.resolve("a.pdf"), "old");
        List<Path> written;
        try (StagedFiles staged = new StagedFiles()) {
            Files.writeString(staged.stage(dir.resolve("a.pdf")), "new a");
            Files.writeString(staged.stage(dir.resolve("sub/b.pdf")), "new b");
            written = staged.commit();
        }
        assertEquals(List.of(dir.resolve("a.pdf"), dir.resolve("sub/b.pdf")), written);
        assertEquals("new a", Files.readString(dir.resolve("a.pdf")));
        assertEquals("new b", Files.readString(dir.resolve("sub/b.pdf")));
        assertEquals(List.of("a.pdf", "sub"), names(dir));
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            var perms = Files.getPosixFilePermissions(dir.resolve("a.pdf"));
            Path plain = Files.createFile(dir.resolve("plain"));
            assertEquals(Files.getPosixFilePermissions(plain), perms, "same as any new file (umask)");
            assertTrue(perms.contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ));
        }
    }

    @Test
    void writeOneReplacesTheFileOnlyWhenTheWholeContentIsWritten() throws IOException {
        Path target = dir.resolve("list.xlsx");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> StagedFiles.writeOne(target, out -> {
            out.write("half".getBytes());
            throw new IOException("writer failed midway");
        }));
        assertEquals(List.of("list.xlsx"), names(dir));
        assertEquals("old", Files.readString(target));

        StagedFiles.writeOne(target, out -> out.write("new".getBytes()));
        assertEquals(List.of("list.xlsx"), names(dir));
        assertEquals("new", Files.readString(target));
    }
}
