package org.allianceatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

    @Test
    void anyTextAndNumberComeBackAsWritten() throws Exception {
        var name = "Ctrl\u0001 \"quoted\" back\\slash \u001b[2J Türkiye \uD83C\uDDF9\uD83C\uDDF7";
        var out = new StringWriter();
        try (var w = new JsonReportWriter(out)) {
            w.startObject().field("year", 2024).field("name", name).name("rows").startArray()
                    .startObject().field("degree", 3.0).field("closeness", 0.875).field("betweenness", Double.NaN)
                    .endObject().endArray().endObject();
        }
        var json = new ObjectMapper().readTree(out.toString());
        assertEquals(2024, json.get("year").asInt());
        assertEquals(name, json.get("name").asText());
        var row = json.get("rows").get(0);
        assertTrue(row.get("degree").isIntegralNumber(), out.toString());
        assertEquals(0.875, row.get("closeness").asDouble());
        assertTrue(row.get("betweenness").isNull(), "a metric that does not apply");
        assertTrue(out.toString().chars().noneMatch(c -> c < 0x20 && c != '\n'), "control characters escaped");
    }
}
