package org.renkei.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The real 厚生局 code list for Tokyo (13,760 rows, 2025-08), cut at test time from the nationwide zip kept in
 * data-import's test resources: the lines whose code starts with 13, byte for byte, as
 * {@code shared/data/facilities/kouseikyoku_med_inst_codes_tokyo_202508.csv} was made (same SHA-256).
 */
final class TokyoBureauList {
    static final String FILE_NAME = "kouseikyoku_med_inst_codes_tokyo_202508.csv";

    private TokyoBureauList() {
    }

    /** Writes the Tokyo rows into {@code dir} and returns the file. */
    static Path write(Path dir) throws IOException {
        Path out = dir.resolve(FILE_NAME);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(
                TestFiles.get("data/kouseikyoku_all_med_inst_cd_202508.zip")));
             OutputStream os = Files.newOutputStream(out)) {
            ZipEntry e = zip.getNextEntry();
            if (e == null) {
                throw new IOException("empty zip");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("13")) {
                    os.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
