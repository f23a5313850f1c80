package org.renkei.dataimport.read.csv;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvParserTest {

    private static List<List<String>> parse(String text) throws IOException {
        CsvParser p = new CsvParser(new StringReader(text));
        List<List<String>> out = new ArrayList<>();
        for (List<String> r = p.next(); r != null; r = p.next()) {
            out.add(r);
        }
        return out;
    }

    @Test
    void plainQuotedAndEmptyFields() throws IOException {
        assertEquals(List.of(List.of("a", "b", ""), List.of("", "x,y", "")),
                parse("a,b,\r\n\"\",\"x,y\",\n"));
    }

    @Test
    void doubledQuotesAndEmbeddedLineBreaks() throws IOException {
        assertEquals(List.of(List.of("say \"hi\"", "line1\r\nline2"), List.of("z")),
                parse("\"say \"\"hi\"\"\",\"line1\r\nline2\"\r\nz\r\n"));
    }

    @Test
    void lineEndsCrLfLfAndCr() throws IOException {
        assertEquals(List.of(List.of("1"), List.of("2"), List.of("3"), List.of("4")), parse("1\r\n2\n3\r4\n"));
    }

    @Test
    void quoteInsideUnquotedFieldIsLiteral() throws IOException {
        assertEquals(List.of(List.of("5\"", "b")), parse("5\",b\n"));
    }

    @Test
    void tracksRecordNumbersAndWhetherTheLastRecordIsComplete() throws IOException {
        CsvParser p = new CsvParser(new StringReader("h\n\"a\nb\"\nc"));
        p.next();
        assertEquals(List.of("a\nb"), p.next());
        assertEquals(2, p.recordNumber());
        p.requireComplete(1); // ended with a line break
        assertEquals(List.of("c"), p.next());
        CsvSyntaxException e = assertThrows(CsvSyntaxException.class, () -> p.requireComplete(1));
        assertEquals(CsvSyntaxException.Kind.CUT_OFF_LAST_LINE, e.kind());
        assertEquals(3, e.record());
        assertNull(p.next());
    }

    @Test
    void aLastLineEndingInAClosedQuoteWithTheRightFieldCountIsComplete() throws IOException {
        CsvParser p = new CsvParser(new StringReader("a,b\n1,\"2\""));
        p.next();
        assertEquals(List.of("1", "2"), p.next());
        p.requireComplete(2);
        assertThrows(CsvSyntaxException.class, () -> p.requireComplete(3), "a field is missing");
        CsvParser q = new CsvParser(new StringReader("a,b\n\"1\",2"));
        q.next();
        q.next();
        assertThrows(CsvSyntaxException.class, () -> q.requireComplete(2), "the last field is not quoted");
    }

    @Test
    void unterminatedQuoteIsAnError() {
        CsvSyntaxException e = assertThrows(CsvSyntaxException.class, () -> parse("a,b\n1,\"open\n"));
        assertEquals(CsvSyntaxException.Kind.UNTERMINATED_QUOTE, e.kind());
        assertEquals(2, e.record());
        assertEquals(1, e.field());
    }

    @Test
    void textAfterClosingQuoteIsAnError() {
        CsvSyntaxException e = assertThrows(CsvSyntaxException.class, () -> parse("\"a\"b,c\n"));
        assertEquals(CsvSyntaxException.Kind.TEXT_AFTER_QUOTE, e.kind());
    }

    @Test
    void emptyInput() throws IOException {
        assertTrue(parse("").isEmpty());
    }

    @Property(tries = 300)
    void roundTripsQuotedRecords(@ForAll @Size(min = 1, max = 6) List<@StringLength(max = 8) String> cells)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            sb.append(i == 0 ? "" : ",").append('"').append(cells.get(i).replace("\"", "\"\"")).append('"');
        }
        String line = sb.append("\r\n").toString();
        assertEquals(List.of(cells, cells), parse(line + line));
    }
}
