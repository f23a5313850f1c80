package org.renkei.app.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Japanese font shipped inside the app (IPAex Gothic, IPA Font License v1.0, see
 * {@code export/font/README.md}), so PDFs and rendered images never depend on what the desk PC has installed.
 */
public final class JapaneseFont {
    /** Family name to put in .docx runs; Word and LibreOffice fall back to a system Japanese font without it. */
    public static final String FAMILY = "IPAexGothic";
    private static final String RESOURCE = "/org/renkei/app/export/font/ipaexg.ttf";
    private static volatile Font awtBase;

    private JapaneseFont() {
    }

    /** Loads the font into a PDF document as an embedded subset. */
    public static PDType0Font pdf(PDDocument doc) throws IOException {
        try (InputStream in = open()) {
            return PDType0Font.load(doc, in, true);
        }
    }

    /** The font for Java2D drawing (maps, handout images) at {@code size} points. */
    public static Font awt(float size) {
        Font base = awtBase;
        if (base == null) {
            synchronized (JapaneseFont.class) {
                base = awtBase;
                if (base == null) {
                    try (InputStream in = open()) {
                        base = Font.createFont(Font.TRUETYPE_FONT, in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (FontFormatException e) {
                        throw new IllegalStateException("bundled font unreadable", e);
                    }
                    awtBase = base;
                }
            }
        }
        return base.deriveFont(size);
    }

    private static InputStream open() throws IOException {
        InputStream in = JapaneseFont.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("bundled font missing: " + RESOURCE);
        }
        return in;
    }
}
