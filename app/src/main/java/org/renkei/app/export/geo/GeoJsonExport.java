package org.renkei.app.export.geo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * RFC 7946 GeoJSON: a FeatureCollection of Points ({@code [lng, lat]}) with properties {@code number, name, address,
 * phone, departments, km}; a facility without coordinates is a Feature with a null geometry.
 */
final class GeoJsonExport {
    private GeoJsonExport() {
    }

    static void write(List<ExportPoint> points, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (ExportPoint p : points) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                if (p.located()) {
                    g.writeObjectFieldStart("geometry");
                    g.writeStringField("type", "Point");
                    g.writeArrayFieldStart("coordinates");
                    g.writeNumber(p.lng());
                    g.writeNumber(p.lat());
                    g.writeEndArray();
                    g.writeEndObject();
                } else {
                    g.writeNullField("geometry");
                }
                g.writeObjectFieldStart("properties");
                g.writeNumberField("number", p.number());
                g.writeStringField("name", p.name());
                g.writeStringField("address", p.address());
                g.writeStringField("phone", p.phone());
                g.writeArrayFieldStart("departments");
                for (String d : p.departments()) {
                    g.writeString(d);
                }
                g.writeEndArray();
                if (p.km() == null) {
                    g.writeNullField("km");
                } else {
                    g.writeNumberField("km", Math.round(p.km() * 1000) / 1000.0);
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
