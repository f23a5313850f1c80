package org.renkei.app.export.geo;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * KML 2.2 for Google Earth / My Maps and GIS tools: one Placemark per facility, named 「1. 府中病院」, with a
 * readable description, the fields as ExtendedData, and a Point {@code lng,lat} when located.
 */
final class KmlExport {
    static final String NS = "http://www.opengis.net/kml/2.2";

    private KmlExport() {
    }

    static void write(String title, List<ExportPoint> points, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.setDefaultNamespace(NS);
            w.writeStartElement(NS, "kml");
            w.writeDefaultNamespace(NS);
            w.writeStartElement(NS, "Document");
            element(w, "name", title);
            for (ExportPoint p : points) {
                w.writeCharacters("\n");
                w.writeStartElement(NS, "Placemark");
                element(w, "name", p.number() + ". " + p.name());
                element(w, "description", description(p));
                w.writeStartElement(NS, "ExtendedData");
                data(w, "number", Integer.toString(p.number()));
                data(w, "address", p.address());
                data(w, "phone", p.phone());
                data(w, "departments", String.join("・", p.departments()));
                data(w, "km", p.km() == null ? "" : String.format(Locale.ROOT, "%.3f", p.km()));
                w.writeEndElement();
                if (p.located()) {
                    w.writeStartElement(NS, "Point");
                    element(w, "coordinates", p.lng() + "," + p.lat());
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("KML could not be written", e);
        }
    }

    static String description(ExportPoint p) {
        StringBuilder b = new StringBuilder();
        line(b, "住所", p.address());
        line(b, "電話", p.phone());
        line(b, "診療科", String.join("・", p.departments()));
        if (p.km() != null) {
            line(b, "距離", String.format(Locale.ROOT, "%.2f km", p.km()));
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String label, String value) {
        if (!value.isBlank()) {
            b.append(b.length() == 0 ? "" : "\n").append(label).append("：").append(value);
        }
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(NS, name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void data(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(NS, "Data");
        w.writeAttribute("name", name);
        element(w, "value", value);
        w.writeEndElement();
    }
}
