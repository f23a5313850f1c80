package org.renkei.app.export.profile;

import org.renkei.app.export.StagedFiles;
import org.renkei.app.export.handout.Page;
import org.renkei.app.export.handout.PageImage;
import org.renkei.app.export.handout.PdfPainter;
import org.renkei.app.export.handout.PngPainter;
import org.renkei.app.export.map.MapRenderer;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The one-page A4 clinic profile (医療機関のご紹介) a hospital puts in its lobby: written as PDF (text searchable, the
 * bundled font embedded, the map as an image) and optionally as a PNG of the same page at {@link #PNG_DPI}.
 */
public final class ClinicProfiles {
    public static final double PNG_DPI = 150;
    private final MapRenderer renderer;

    public ClinicProfiles(MapRenderer renderer) {
        this.renderer = renderer;
    }

    /** With the bundled boundaries and town names, dated today. */
    public static void write(ClinicProfile profile, Path out) throws IOException {
        new ClinicProfiles(MapRenderer.bundled()).write(profile, LocalDate.now(), out, null);
    }

    /**
     * Writes the PDF to {@code pdf} and, when {@code png} is not null, the same page as a PNG; both or neither.
     *
     * @throws IllegalArgumentException (message in Japanese) when {@code pdf} is not a .pdf or {@code png} not a
     *                                  .png; nothing is written then
     */
    public void write(ClinicProfile profile, LocalDate printed, Path pdf, Path png) throws IOException {
        requireExtension(pdf, ".pdf");
        if (png != null) {
            requireExtension(png, ".png");
        }
        Page page = page(profile, printed);
        String title = ProfileText.TITLE + "　" + profile.name();
        try (StagedFiles staged = new StagedFiles()) {
            staged.write(pdf, o -> new PdfPainter(renderer).write(java.util.List.of(page), title, o));
            if (png != null) {
                PageImage image = new PngPainter(renderer).paint(page, PNG_DPI);
                staged.write(png, o -> ImageIO.write(image.image(), "png", o));
            }
            staged.commit();
        }
    }

    /** The page as an image (for a preview and for tests that look at pixels). */
    public PageImage render(ClinicProfile profile, LocalDate printed, double dpi) {
        return new PngPainter(renderer).paint(page(profile, printed), dpi);
    }

    private Page page(ClinicProfile profile, LocalDate printed) {
        return ProfileLayout.layout(ProfileText.of(profile, printed), renderer.credits());
    }

    private static void requireExtension(Path out, String ext) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(ext)) {
            throw new IllegalArgumentException("紹介シートの出力ファイルは " + ext + " にしてください: " + out.getFileName());
        }
    }
}
