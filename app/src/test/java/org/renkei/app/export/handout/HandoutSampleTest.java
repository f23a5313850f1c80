package org.renkei.app.export.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.export.map.MapRenderer;
import org.renkei.app.export.map.MapStyle;
import org.renkei.app.referral.Destination;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end on real data: the bundled MHLW sample imported into a real store, the real matcher's best plan for a
 * fictional patient in 府中市宮西町, the handout written and read back. (docs/images/handout.png is this PNG.)
 */
class HandoutSampleTest {
    @TempDir
    Path dir;

    @Test
    void theMatchersPlanForAPatientInFuchuBecomesAReadableHandout() throws Exception {
        SampleCase s = SampleCase.load(dir.resolve("db"));
        List<Destination> plan = s.referral().destinations();
        assertTrue(plan.size() >= 2, "a plan of several hospitals: " + plan);
        Handouts handouts = new Handouts(new HandoutBuilder(DepartmentVocabulary.bundled()), MapRenderer.bundled());
        LocalDate day = LocalDate.of(2026, 11, 20);
        Path pdf = dir.resolve("sample-handout.pdf");
        Path png = dir.resolve("sample-handout.png");
        handouts.write(s.referral(), s.facilities(), SampleCase.OFFICE, day, pdf);
        handouts.write(s.referral(), s.facilities(), SampleCase.OFFICE, day, png);
        HandoutTest.keepForReview(pdf);
        HandoutTest.keepForReview(png);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            for (Destination d : plan) {
                assertTrue(text.contains(ClinicName.split(d.name()).name()), d.name());
                d.covers().forEach(dept -> assertTrue(text.contains(dept), dept));
                assertTrue(text.contains(String.format(java.util.Locale.ROOT, "%.1f km", d.km())));
            }
            assertTrue(text.contains(Handout.HOURS_UNKNOWN), "the sample has no hours");
            assertTrue(text.contains(MapStyle.CREDIT));
        }
        PageImage page = handouts.render(s.referral(), s.facilities(), SampleCase.OFFICE, day, Handouts.PNG_DPI).get(0);
        for (Destination d : plan) {
            Point2D at = page.pinOnImage(d.order());
            assertNotNull(at);
            assertEquals(MapStyle.PIN.getRGB(), page.image().getRGB((int) at.getX() - 12, (int) at.getY()),
                    "pin " + d.order());
        }
        assertTrue(page.map().labels().contains("府中市"));
    }
}
