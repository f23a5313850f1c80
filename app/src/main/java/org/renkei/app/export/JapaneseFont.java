package org.renkei.app.export;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
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
    private static volatile TrueTypeFont pdfBase;

    private JapaneseFont() {
    }

    /**
     * Loads the font into a PDF document as an embedded subset. The 6 MB font file is read and parsed once per run
     * and shared by every document (PDFBox's TrueTypeFont guards its reads; each document keeps its own subset).
     */
    public static PDType0Font pdf(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, parsed(), true);
    }

    private static TrueTypeFont parsed() throws IOException {
        TrueTypeFont ttf = pdfBase;
        if (ttf == null) {
            synchronized (JapaneseFont.class) {
                ttf = pdfBase;
                if (ttf == null) {
                    try (InputStream in = open()) {
                        ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                    }
                    pdfBase = ttf;
                }
            }
        }
        return ttf;
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
