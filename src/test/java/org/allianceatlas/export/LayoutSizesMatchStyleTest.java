package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.layout.VertexSizes;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.OrganisationKind;
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.State;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import org.allianceatlas.model.YearSpan;
import org.junit.jupiter.api.Test;

/** Layouts leave room for what is drawn: their default sizes are the style's. */
class LayoutSizesMatchStyleTest {

    @Test
    void standardVertexSizesAreTheStyleSizes() {
        var style = VisualStyle.of(Theme.LIGHT);
        var state = new State("FRA", "France", null, Subregion.WESTERN_EUROPE, null, 48.9, 2.4, null, null, null);
        var org = new Organisation("nato", "NATO", null, OrganisationKind.ALLIANCE,
                YearSpan.from(PartialDate.ofYear(1949)), Set.of(TieType.MUTUAL_DEFENCE), false, null, null, null,
                List.of(), null);
        VertexSizes fromStyle = style::radius;
        for (int members : new int[] {0, 1, 5, 32, 200}) {
            assertEquals(fromStyle.radius(org, members), VertexSizes.STANDARD.radius(org, members), 1e-12);
        }
        assertEquals(fromStyle.radius(state, 0), VertexSizes.STANDARD.radius(state, 0), 1e-12);
    }
}
