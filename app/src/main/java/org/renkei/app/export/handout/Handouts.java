package org.renkei.app.export.handout;

import org.renkei.app.domain.Facility;
import org.renkei.app.export.StagedFiles;
import org.renkei.app.export.map.MapRenderer;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.referral.ReferralCase;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The patient handout (通院先のご案内) as an A4 PDF or PNG, chosen by the file's extension. A PNG is one page at
 * {@link #PNG_DPI}; in the rare case of more clinics than one page holds, the further pages go to
 * {@code name-2.png}, {@code name-3.png}.
 */
public final class Handouts {
    public static final double PNG_DPI = 150;
    private final HandoutBuilder builder;
    private final MapRenderer renderer;

    public Handouts(HandoutBuilder builder, MapRenderer renderer) {
        this.builder = builder;
        this.renderer = renderer;
    }

    /** With the bundled vocabulary and boundaries, dated today. */
    public static void write(ReferralCase c, List<Facility> facilities, OfficeSettings office, Path out)
            throws IOException {
        new Handouts(new HandoutBuilder(DepartmentVocabulary.bundled()), MapRenderer.bundled())
                .write(c, facilities, office, LocalDate.now(), out);
    }

    /**
     * @throws IllegalArgumentException (message in Japanese) for an extension other than .pdf / .png, a case
     *                                  without destinations, or nothing locatable; nothing is written then
     */
    public void write(ReferralCase c, List<Facility> facilities, OfficeSettings office, LocalDate issued, Path out)
            throws IOException {
        Format format = Format.of(out);
        Handout h = builder.build(c, facilities, office, issued);
        List<Page> pages = HandoutLayout.layout(h, renderer.credits());
        if (format == Format.PDF) {
            StagedFiles.writeOne(out, o -> new PdfPainter(renderer).write(pages, Handout.TITLE, o));
        } else {
            List<PageImage> images = images(pages, PNG_DPI);
            try (StagedFiles staged = new StagedFiles()) {              // all pages or none
                for (int i = 0; i < images.size(); i++) {
                    PageImage image = images.get(i);
                    staged.write(i == 0 ? out : sibling(out, i + 1), o -> ImageIO.write(image.image(), "png", o));
                }
                staged.commit();
            }
        }
    }

    /** The handout's pages as images (for the window's preview and for tests that look at pixels). */
    public List<PageImage> render(ReferralCase c, List<Facility> facilities, OfficeSettings office,
                                  LocalDate issued, double dpi) {
        return images(HandoutLayout.layout(builder.build(c, facilities, office, issued), renderer.credits()), dpi);
    }

    private List<PageImage> images(List<Page> pages, double dpi) {
        PngPainter painter = new PngPainter(renderer);
        List<PageImage> out = new ArrayList<>();
        for (Page p : pages) {
            out.add(painter.paint(p, dpi));
        }
        return out;
    }

    static Path sibling(Path out, int page) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return out.resolveSibling(name.substring(0, dot) + "-" + page + name.substring(dot));
    }

    private enum Format {
        PDF, PNG;

        static Format of(Path out) {
            String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".pdf")) {
                return PDF;
            }
            if (name.endsWith(".png")) {
                return PNG;
            }
            throw new IllegalArgumentException("案内の出力ファイルは .pdf か .png にしてください: " + out.getFileName());
        }
    }
}
