package org.allianceatlas.ui.filter;

import java.util.List;

import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.OrganisationKind;

/**
 * The organisations of one kind that match the list's search text, sorted by label.
 *
 * @param items never empty
 */
public record OrganisationGroup(OrganisationKind kind, List<CheckItem<Organisation>> items) {

    public OrganisationGroup {
        items = List.copyOf(items);
    }

    /** The heading the tree shows: "Alliances (12)". */
    public String heading() {
        return FilterViewModel.plural(kind) + " (" + items.size() + ")";
    }
}
