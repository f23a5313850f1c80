package org.renkei.app.knowledge.share;

import org.renkei.app.export.StagedFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Shared knowledge files by their extension: {@code .json} or {@code .xlsx}. */
public final class ShareFiles {
    /** Larger files are refused unread (a knowledge file of every facility in Japan is far smaller). */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    public enum Type { JSON, XLSX }

    private ShareFiles() {
    }

    /** The file's type from its name; refused when it is neither .json nor .xlsx. */
    public static Type type(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Type.JSON;
        }
        if (name.endsWith(".xlsx")) {
            return Type.XLSX;
        }
        throw new ShareRejectedException("「" + file.getFileName() + "」: 連携情報のファイルは .json か .xlsx です。");
    }

    /** Writes {@code k} to {@code file} (through a temporary file: a failure leaves no half-written file). */
    public static void write(SharedKnowledge k, Path file) throws IOException {
        Type type = type(file);
        StagedFiles.writeOne(file, out -> {
            if (type == Type.JSON) {
                KnowledgeJson.write(k, out);
            } else {
                KnowledgeWorkbook.write(k, out);
            }
        });
    }

    /** Reads a shared file; refused (Japanese, naming the place) when it is not one or has a bad entry. */
    public static SharedKnowledge read(Path file) {
        Type type = type(file);
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ShareRejectedException("「" + file.getFileName() + "」は大きすぎます（" + size / (1024 * 1024)
                        + " MB、上限 " + MAX_BYTES / (1024 * 1024) + " MB）。");
            }
            return type == Type.JSON ? KnowledgeJson.read(file) : KnowledgeWorkbookReader.read(file);
        } catch (NoSuchFileException e) {
            throw new ShareRejectedException("ファイル「" + file + "」がありません。");
        } catch (IOException e) {
            throw new ShareRejectedException("「" + file.getFileName() + "」を読めません（" + e.getMessage() + "）。");
        }
    }
}
