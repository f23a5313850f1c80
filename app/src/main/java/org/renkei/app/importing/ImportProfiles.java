package org.renkei.app.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.profile.ImportProfile;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Import profiles as JSON files: read with a Japanese reason when unusable, written to a temp file then moved. */
public final class ImportProfiles {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ImportProfiles() {
    }

    /** Reads a profile; a missing, malformed or invalid file is rejected naming the file and what is wrong. */
    public static ImportProfile load(Path file) throws ImportRejectedException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw reject(name, 0, "インポート設定ファイルが見つかりません。", null);
        }
        ProfileJson json;
        try {
            if (Files.size(file) == 0) {
                throw reject(name, 0, "インポート設定ファイルが空です。", null);
            }
            json = MAPPER.readValue(file.toFile(), ProfileJson.class);
        } catch (MismatchedInputException e) {
            throw reject(name, 0, "インポート設定ファイルの項目の形が正しくありません（" + where(e) + "）。", e);
        } catch (JsonProcessingException e) {
            throw reject(name, 0, "インポート設定ファイルが JSON として読めません（" + where(e)
                    + "）。保存し直すか、書き方を確かめてください。", e);
        } catch (IOException e) {
            throw reject(name, 0, "インポート設定ファイルを読めません: " + e.getMessage(), e);
        }
        if (json == null) {
            throw reject(name, 0, "インポート設定ファイルが空です。", null);
        }
        try {
            return json.toProfile();
        } catch (IllegalArgumentException e) {
            throw reject(name, 0, "インポート設定が正しくありません: " + e.getMessage(), e);
        }
    }

    /** Writes a profile (UTF-8 JSON), replacing {@code file} only once the whole text is written. */
    public static void save(ImportProfile profile, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".profile-", ".tmp");
        try {
            Files.write(temp, MAPPER.writeValueAsBytes(ProfileJson.of(profile)));
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String where(JsonProcessingException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return "位置不明";
        }
        return e.getLocation().getLineNr() + " 行目 " + e.getLocation().getColumnNr() + " 文字目付近";
    }

    private static ImportRejectedException reject(String file, long row, String message, Throwable cause) {
        ImportProblem p = new ImportProblem(file, "", row, "", message);
        return cause == null ? new ImportRejectedException(p) : new ImportRejectedException(p, cause);
    }
}
