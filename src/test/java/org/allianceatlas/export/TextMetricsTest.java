package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.export.render.TextMetrics;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.model.Actor;
import org.junit.jupiter.api.Test;

/** The render model's text estimates are never narrower than what Java2D draws, so text is never clipped. */
class TextMetricsTest {

    @Test
    void estimatesAreAtLeastTheWidthJava2dDraws() {
        var face = FontFace.resolve(VisualStyle.of(Theme.LIGHT).fontFamilies());
        var frc = new FontRenderContext(null, true, true);
        var samples = new ArrayList<>(List.of("Defence alignments, 2024", "WWW MMM mmm www", "iiii",
                "Organisation (size: visible members)", "Arms transfer (supplier \u2192 recipient)",
                "Data: Alliance Atlas dataset, sources in data/", "0123456789", "Türkiye Côte d’Ivoire São Tomé"));
        var loaded = new DatasetLoader().load(DataInput.shipped()).dataset();
        loaded.states().forEach(s -> samples.add(s.name()));
        loaded.organisations().stream().map(Actor::shortLabel).forEach(samples::add);
        for (var text : samples) {
            for (boolean bold : new boolean[] {false, true}) {
                double actual = face.at(20, bold).getStringBounds(text, frc).getWidth();
                double estimate = TextMetrics.width(text, 20, bold);
                assertTrue(estimate >= actual, face.family() + (bold ? " bold" : "") + " '" + text + "': estimate "
                        + estimate + " < actual " + actual);
            }
        }
    }

    @Test
    void wrappedLinesFitTheWidth() {
        var text = "Organisations: NATO, EU, PESCO, EDA \u00b7 Regions: Europe, Western Asia \u00b7 Tie types: "
                + "mutual defence, consultation, Supercalifragilisticexpialidociouslylongword";
        for (double width : new double[] {80, 200, 500}) {
            var lines = TextMetrics.wrap(text, 14, false, width);
            for (var line : lines) {
                assertTrue(TextMetrics.width(line, 14, false) <= width, "'" + line + "' is wider than " + width);
            }
            assertTrue(String.join("", lines).replace(" ", "").equals(text.replace(" ", "")), "nothing lost");
        }
    }
}
