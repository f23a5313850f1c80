package org.renkei.app.export.handout;

import org.renkei.app.export.JapaneseFont;

import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * Widths of text in the bundled font (the same advance widths PDFBox uses for the embedded font), and line
 * wrapping for Japanese: any character may start a line except closing punctuation, and runs of Latin letters
 * and digits (「9:00-12:00」, 「042-000-0000」) stay together when they fit.
 */
public final class TextMeasure {
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);
    private static final String NO_LINE_START = "、。，．・：；？！）」』】〕ー〜ぁぃぅぇぉっゃゅょァィゥェォッャュョ/";

    private TextMeasure() {
    }

    public static double width(String text, float size) {
        return text.isEmpty() ? 0 : JapaneseFont.awt(size).getStringBounds(text, FRC).getWidth();
    }

    /** Lines no wider than {@code width} (a single over-long token is split by character). */
    public static List<String> wrap(String text, float size, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, size, width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, float size, double width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text)) {
            String candidate = line + token;
            if (width(candidate, size) <= width || line.isEmpty() && width(token, size) <= width) {
                line.append(token);
                continue;
            }
            if (!line.isEmpty() && NO_LINE_START.indexOf(token.charAt(0)) >= 0 && token.length() == 1) {
                line.append(token);                      // hang closing punctuation at the line end
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            if (width(token, size) <= width) {
                line.append(token.stripLeading());
            } else {
                for (int i = 0; i < token.length(); ) {
                    int cp = token.codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    if (!line.isEmpty() && width(line + ch, size) > width) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(ch);
                    i += Character.charCount(cp);
                }
            }
        }
        lines.add(line.toString().stripTrailing());
    }

    /** Latin words (with their trailing space) as one token, every other character alone. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 0x80 && c != ' ') {
                int j = i;
                while (j < text.length() && text.charAt(j) < 0x80 && text.charAt(j) != ' ') {
                    j++;
                }
                while (j < text.length() && text.charAt(j) == ' ') {
                    j++;
                }
                out.add(text.substring(i, j));
                i = j;
            } else {
                int n = Character.charCount(text.codePointAt(i));
                out.add(text.substring(i, i + n));
                i += n;
            }
        }
        return out;
    }
}
