package org.renkei.app.export.letter;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.renkei.app.export.JapaneseFont;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a {@link LetterContent} as an editable Word document: A4, the head as paragraphs, the form as a bordered
 * table ({@link DocxTable}); every run in {@link JapaneseFont#FAMILY}, Japanese as the east-Asian language.
 */
final class LetterDocx {
    /** A4 in twentieths of a point, and margins matching the PDF's 50 pt. */
    static final int PAGE_W = 11906;
    static final int PAGE_H = 16838;
    static final int MARGIN = 1000;
    static final int CONTENT_W = PAGE_W - 2 * MARGIN;

    private LetterDocx() {
    }

    static void write(LetterContent letter, Optional<LetterLogo> logo, Path out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            if (logo.isPresent()) {
                logo(doc, logo.get());
            }
            paragraph(doc, letter.title(), 16, true, ParagraphAlignment.CENTER, 0).setSpacingAfter(240);
            paragraph(doc, letter.date(), 10.5, false, ParagraphAlignment.RIGHT, 0).setSpacingAfter(160);
            for (int i = 0; i < letter.addressee().size(); i++) {
                paragraph(doc, letter.addressee().get(i), i == 0 ? 13 : 11, false, ParagraphAlignment.LEFT, 0)
                        .setSpacingAfter(60);
            }
            paragraph(doc, "", 6, false, ParagraphAlignment.LEFT, 0);
            for (String line : letter.sender()) {
                paragraph(doc, line, 10, false, ParagraphAlignment.LEFT, CONTENT_W / 2);
            }
            paragraph(doc, letter.greeting(), 10.5, false, ParagraphAlignment.LEFT, 0).setSpacingBefore(240);
            DocxTable.write(doc, letter.rows());
            try (OutputStream os = Files.newOutputStream(out)) {
                doc.write(os);
            }
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        BigInteger m = BigInteger.valueOf(MARGIN);
        mar.setTop(m);
        mar.setBottom(m);
        mar.setLeft(m);
        mar.setRight(m);
        XWPFStyles styles = doc.createStyles();
        styles.setEastAsia("ja-JP");
    }

    private static void logo(XWPFDocument doc, LetterLogo logo) throws IOException {
        XWPFRun run = doc.createParagraph().createRun();
        try {
            run.addPicture(new ByteArrayInputStream(logo.bytes()), logo.png() ? PictureType.PNG : PictureType.JPEG,
                    logo.png() ? "logo.png" : "logo.jpg", Units.toEMU(logo.widthPt()), Units.toEMU(logo.heightPt()));
        } catch (InvalidFormatException e) {
            throw new IOException("logo not embeddable", e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, double size, boolean bold,
                                           ParagraphAlignment align, int indentTwips) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        if (indentTwips > 0) {
            p.setIndentationLeft(indentTwips);
        }
        p.setSpacingAfter(0);
        run(p, text, size, bold);
        return p;
    }

    /** A run in the bundled Japanese font; line breaks in {@code text} become Word line breaks. */
    static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily(JapaneseFont.FAMILY);
        run.setFontFamily(JapaneseFont.FAMILY, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }
}
