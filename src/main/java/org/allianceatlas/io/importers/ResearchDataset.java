package org.allianceatlas.io.importers;

import java.util.Map;

import org.allianceatlas.model.Keyed;
import org.allianceatlas.model.Source;

/**
 * The identity of an imported research dataset: how its entries are named, cited and mapped to the shipped
 * organisations. Famous multilateral alliances map to the shipped slugs (ATOP 3180 and COW 227 are NATO); the others
 * are named "ATOP 1234" with id {@code atop-1234}.
 */
public enum ResearchDataset implements Keyed {
    ATOP("atop", "ATOP", "ATOP", "http://www.atopdata.org/",
            "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. "
                    + "Alliance Treaty Obligations and Provisions, 1815-1944. International Interactions 28: 237-60.",
            Map.of(3180, new Famous("nato", "North Atlantic Treaty Organization"))),
    COW("cow", "COW", "Correlates of War Formal Alliances",
            "https://correlatesofwar.org/data-sets/formal-alliances/",
            "Gibler, Douglas M. 2009. International Military Alliances, 1648-2008. CQ Press.",
            // version4id values, each checked against a public copy of the v4.1 list (docs/data.md, "Research data").
            Map.of(218, new Famous("weu", "Western European Union"),
                    210, new Famous("rio-treaty", "Inter-American Treaty of Reciprocal Assistance (Rio Treaty)"),
                    227, new Famous("nato", "North Atlantic Treaty Organization"),
                    230, new Famous("arab-league-jdec", "Treaty of Joint Defence and Economic Co-operation between "
                            + "the States of the Arab League"),
                    232, new Famous("anzus", "ANZUS Treaty (Security Treaty between Australia, New Zealand and the "
                            + "United States)"),
                    238, new Famous("seato", "Southeast Asia Treaty Organization"),
                    241, new Famous("cento", "Central Treaty Organization"),
                    243, new Famous("warsaw-pact", "Warsaw Treaty Organization (Warsaw Pact)")));

    /** A slug and name for a well-known alliance. */
    public record Famous(String slug, String name) {
    }

    private final String prefix;
    private final String label;
    private final String name;
    private final String url;
    private final String citation;
    private final Map<Integer, Famous> famous;

    ResearchDataset(String prefix, String label, String name, String url, String citation,
                    Map<Integer, Famous> famous) {
        this.prefix = prefix;
        this.label = label;
        this.name = name;
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

    /** The well-known alliances by this dataset's alliance id. */
    Map<Integer, Famous> famous() {
        return famous;
    }

    /**
     * How an import of this dataset is cited: "ATOP v5.1", "Correlates of War Formal Alliances v4.1", or, when the
     * files do not say which version they are ({@code version} null), "ATOP (version not stated)".
     */
    public String edition(String version) {
        return name + (version == null ? " (version not stated)" : " v" + version);
    }

    /**
     * A source citing one alliance (and the rows) of this dataset.
     *
     * @param version the dataset's version as the files state it, or null (see {@link #edition})
     * @param rows    the rows the cited data came from, or null
     */
    public Source source(String version, int allianceId, String rows) {
        return new Source(null, edition(version) + ", alliance " + allianceId, url,
                citation + " Alliance " + allianceId + (rows == null ? "" : ", " + rows) + ".", label, null, null);
    }
}
