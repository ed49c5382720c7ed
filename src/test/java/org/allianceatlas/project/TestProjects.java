package org.allianceatlas.project;

import java.util.List;
import java.util.Set;

import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.OrganisationKind;
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.State;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import org.allianceatlas.model.YearSpan;

/** Small model values for the project tests. */
final class TestProjects {

    private TestProjects() {
    }

    static State state(String id) {
        return new State(id, id, Subregion.NORTHERN_EUROPE.region(), Subregion.NORTHERN_EUROPE, null, 59, 18, null,
                new YearSpan(PartialDate.parse("1900"), null), null);
    }

    static Organisation organisation(String id) {
        return new Organisation(id, id, null, OrganisationKind.ALLIANCE, new YearSpan(PartialDate.parse("1949"), null),
                Set.of(TieType.MUTUAL_DEFENCE), false, null, null, null, List.of(), null);
    }
}
