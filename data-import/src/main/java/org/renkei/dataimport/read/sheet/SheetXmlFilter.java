package org.renkei.dataimport.read.sheet;

import org.apache.poi.ss.util.CellReference;
import org.renkei.dataimport.read.ImportRejectedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Sits between the XML parser and POI's sheet handler: drops phonetic ruby runs ({@code <rPh>}) so inline strings
 * never carry the reading glued on, and rejects a cell whose formula has no stored result ({@code <f>} without
 * {@code <v>}) or whose value is an Excel error ({@code t="e"}), naming its sheet, row and column.
 */
final class SheetXmlFilter extends XMLFilterImpl {
    /** Carries a rejection out of the SAX parser. */
    static final class Rejection extends RuntimeException {
        final transient ImportRejectedException rejected;

        Rejection(ImportRejectedException rejected) {
            super(null, null, false, false);
            this.rejected = rejected;
        }
    }

    private final String sheet;
    private final CellGuard guard;
    private int rubyDepth;
    private String ref;
    private boolean error;
    private boolean formula;
    private boolean value;
    private boolean inValue;
    /**
     * Characters inside the current {@code <c>}: capped at four times the cell limit, so a damaged file cannot grow
     * one cell without end (below the cap, {@link CellGuard#check} reports the exact length).
     */
    private long cellChars;
    private final StringBuilder text = new StringBuilder();

    SheetXmlFilter(XMLReader parent, String sheet, CellGuard guard) {
        super(parent);
        this.sheet = sheet;
        this.guard = guard;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (rubyDepth > 0 || "rPh".equals(localName)) {
            rubyDepth++;
            return;
        }
        switch (localName) {
            case "c" -> {
                ref = atts.getValue("r");
                error = "e".equals(atts.getValue("t"));
                formula = false;
                value = false;
                cellChars = 0;
                text.setLength(0);
            }
            case "f" -> formula = true;
            case "v" -> {
                value = true;
                inValue = true;
            }
            default -> { }
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (rubyDepth > 0) {
            rubyDepth--;
            return;
        }
        if ("v".equals(localName)) {
            inValue = false;
        } else if ("c".equals(localName) && ref != null) {
            CellReference at = new CellReference(ref);
            if (formula && !value) {
                throw new Rejection(guard.uncalculated(sheet, at.getRow() + 1L, at.getCol()));
            }
            if (error) {
                throw new Rejection(guard.error(sheet, at.getRow() + 1L, at.getCol(), text.toString().strip()));
            }
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (rubyDepth == 0) {
            cellChars += length;
            if (ref != null && cellChars > 4L * guard.maxChars()) { // well past: the exact length is not needed
                CellReference at = new CellReference(ref);
                throw new Rejection(guard.tooLong(sheet, at.getRow() + 1L, at.getCol(), cellChars));
            }
            if (inValue && error) {
                text.append(ch, start, length);
            }
            super.characters(ch, start, length);
        }
    }
}
