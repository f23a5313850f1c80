package org.renkei.app.export.letter;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures and wraps text for one PDF font: lines are broken by measured width, between any two characters of
 * Japanese text and at spaces inside Latin words (HbA1c 7.2%); explicit line breaks are kept. Characters the font
 * has no glyph for print as 〓 (the geta mark Japanese print uses for a missing character); control characters
 * are dropped and tabs become spaces.
 */
final class PdfTextLayout {
    static final String MISSING = "〓";
    private final PDFont font;
    private final Map<Integer, Float> widths = new HashMap<>();   // 1000-unit width per code point, NaN if none

    PdfTextLayout(PDFont font) {
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    /** {@code text} with what the font cannot show replaced; line breaks normalised to {@code \n}. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                return;
            } else if (Float.isNaN(units(cp))) {
                out.append(MISSING);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Width in points of printable text at {@code size}. */
    float width(String printable, float size) {
        float units = 0;
        for (int i = 0; i < printable.length(); ) {
            int cp = printable.codePointAt(i);
            units += units(cp);
            i += Character.charCount(cp);
        }
        return units / 1000f * size;
    }

    /** {@code text} made printable and broken into lines no wider than {@code maxWidth} points at {@code size}. */
    List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            wrapParagraph(paragraph, size, maxWidth, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, float size, float maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            i += Character.charCount(cp);
            float w = units(cp) / 1000f * size;
            if (line.length() > 0 && lineWidth + w > maxWidth) {
                String carry = "";
                int space = line.lastIndexOf(" ");
                if (isWordChar(cp) && isWordChar(line.codePointBefore(line.length())) && space > 0) {
                    carry = line.substring(space + 1);      // move the cut Latin word to the next line
                    line.setLength(space);
                }
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                line.append(carry);
                lineWidth = width(carry, size);
                if (cp == ' ' && line.length() == 0) {
                    continue;
                }
            }
            line.appendCodePoint(cp);
            lineWidth += w;
        }
        lines.add(line.toString().stripTrailing());
    }

    private static boolean isWordChar(int cp) {
        return cp != ' ' && cp < 0x2000 && (Character.isLetterOrDigit(cp) || ".,%-/()".indexOf(cp) >= 0);
    }

    private float units(int cp) {
        return widths.computeIfAbsent(cp, c -> {
            try {
                return font.getStringWidth(new String(Character.toChars(c)));
            } catch (IllegalArgumentException e) {
                return Float.NaN;                           // no glyph: PDFBox refuses to encode it
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
