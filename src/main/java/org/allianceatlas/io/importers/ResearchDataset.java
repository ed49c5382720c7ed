package org.allianceatlas.io.importers;

import java.util.Map;

import org.allianceatlas.model.Keyed;
import org.allianceatlas.model.Source;

/**
 * The identity of an imported research dataset: how its entries are named, cited and mapped to the shipped
 * organisations. Famous multilateral alliances map to the shipped slugs (ATOP 3180 is NATO); the others are named
 * "ATOP 1234" with id {@code atop-1234}.
 */
public enum ResearchDataset implements Keyed {
    ATOP("atop", "ATOP", "ATOP v5.1", "http://www.atopdata.org/",
            "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. "
                    + "Alliance Treaty Obligations and Provisions, 1815-1944. International Interactions 28: 237-60.",
            Map.of(3180, new Famous("nato", "North Atlantic Treaty Organization"))),
    COW("cow", "COW", "Correlates of War Formal Alliances v4.1",
            "https://correlatesofwar.org/data-sets/formal-alliances/",
            "Gibler, Douglas M. 2009. International Military Alliances, 1648-2008. CQ Press.",
            Map.of());

    /** A slug and name for a well-known alliance. */
    public record Famous(String slug, String name) {
    }

    private final String prefix;
    private final String label;
    private final String title;
    private final String url;
    private final String citation;
    private final Map<Integer, Famous> famous;

    ResearchDataset(String prefix, String label, String title, String url, String citation,
                    Map<Integer, Famous> famous) {
        this.prefix = prefix;
        this.label = label;
        this.title = title;
        this.url = url;
        this.citation = citation;
        this.famous = famous;
    }

    /** Organisation or clause id for an alliance: the famous slug, or e.g. {@code atop-1234}. */
    public String organisationId(int allianceId) {
        var f = famous.get(allianceId);
        return f != null ? f.slug() : prefix + "-" + allianceId;
    }

    public String organisationName(int allianceId) {
        var f = famous.get(allianceId);
        return f != null ? f.name() : label + " " + allianceId;
    }

    public String clauseId(int allianceId, String typeKey) {
        return prefix + "-" + allianceId + "-" + typeKey.replace('_', '-');
    }

    public String label() {
        return label;
    }

    /** A source citing one alliance (and the rows) of this dataset. */
    public Source source(int allianceId, String rows) {
        return new Source(null, title + ", alliance " + allianceId, url,
                citation + " Alliance " + allianceId + (rows == null ? "" : ", " + rows) + ".", label, null, null);
    }
}
