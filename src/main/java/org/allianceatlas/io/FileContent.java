package org.allianceatlas.io;

import java.util.List;

import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.State;

/** What {@link DatasetReader} could read of one file, each entry with the JSON object it came from. */
record FileContent(List<Located<State>> states, List<Located<Organisation>> organisations,
                   List<Located<Membership>> memberships, List<Located<Clause>> clauses) {
}
