package org.renkei.app.export.letter;

import org.renkei.app.export.ExportRejectedException;
import org.renkei.app.referral.OfficeSettings;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The hospital's logo for the letter head (PNG or JPEG), read once per export and checked before anything is
 * written. Printed inside a {@link #MAX_WIDTH_PT} × {@link #MAX_HEIGHT_PT} pt box, keeping its proportions.
 */
public record LetterLogo(byte[] bytes, boolean png, float widthPt, float heightPt) {
    static final float MAX_WIDTH_PT = 150;
    static final float MAX_HEIGHT_PT = 40;
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    /** The office's logo, or empty when none is set; a set but unusable logo rejects the export. */
    public static Optional<LetterLogo> of(OfficeSettings office) {
        String setting = office.logoPath().strip();
        if (setting.isEmpty()) {
            return Optional.empty();
        }
        Path file;
        try {
            file = Path.of(setting);
        } catch (InvalidPathException e) {
            throw new ExportRejectedException("ロゴ画像のパスが正しくありません: " + setting, e);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ExportRejectedException("ロゴ画像が見つからないか読み込めません: " + setting
                    + "（設定でロゴ画像を選び直すか、空にしてください）");
        }
        return Optional.of(read(file));
    }

    private static LetterLogo read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ExportRejectedException("ロゴ画像が大きすぎます（5 MB まで）: " + file);
            }
            byte[] bytes = Files.readAllBytes(file);
            boolean png = bytes.length > 4 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N';
            boolean jpeg = bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8;
            BufferedImage image = png || jpeg ? ImageIO.read(new ByteArrayInputStream(bytes)) : null;
            if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                throw new ExportRejectedException("ロゴ画像を読み込めません（PNG または JPEG の画像を選んでください）: " + file);
            }
            float scale = Math.min(MAX_WIDTH_PT / image.getWidth(), MAX_HEIGHT_PT / image.getHeight());
            return new LetterLogo(bytes, png, image.getWidth() * scale, image.getHeight() * scale);
        } catch (IOException e) {
            throw new ExportRejectedException("ロゴ画像を読み込めません: " + file, e);
        }
    }
}
