package org.allianceatlas.io;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Web hosts that are not acceptable as sources, with the reason: facts need an official text or page, a reference work
 * or a reputable outlet (see {@code docs/data.md}, "Sources and how to cite"), never a copy of Wikipedia, an
 * aggregator that republishes others' reports, a forum, a personal blog host or a content farm. A source on one of
 * these hosts is reported as a warning, so that a weak source cannot come back into the shipped data unnoticed
 * ({@code validate} must report none) and a user's file is told why.
 *
 * <p>A host matches itself and its subdomains ({@code blogspot.com} matches {@code x.blogspot.com}). The list is short
 * on purpose: it names the kinds found in earlier versions of the data and the common mirrors of each kind; it is not
 * a judgement on every site on the web. Wikipedia itself is not listed: it is a reference work whose revisions can be
 * cited, unlike its unofficial copies.
 */
final class SourceHosts {

    private static final String MIRROR = "an unofficial copy of Wikipedia: cite the Wikipedia article itself or, "
            + "better, its sources";
    private static final String AGGREGATOR = "a news aggregator that republishes others' reports: cite the original "
            + "report or the official text";
    private static final String FORUM = "a discussion forum: cite the report or text that the post quotes";
    private static final String BLOG = "a personal blog or anonymous page host: cite an official text, a reference work "
            + "or a reputable outlet";
    private static final String FARM = "a content farm: cite an official text, a reference work or a reputable outlet";
    private static final String DOCUMENT_COPY = "an unofficial document-sharing copy: cite the publisher's own copy";

    /** Host (without {@code www.}) → why it is not acceptable. */
    private static final Map<String, String> UNACCEPTABLE = Map.ofEntries(
            Map.entry("wikimili.com", MIRROR),
            Map.entry("wikiwand.com", MIRROR),
            Map.entry("dbpedia.org", MIRROR),
            Map.entry("wiki2.org", MIRROR),
            Map.entry("wikizero.com", MIRROR),
            Map.entry("infogalactic.com", MIRROR),
            Map.entry("alchetron.com", MIRROR),
            Map.entry("wiki.livda.fr", MIRROR),
            Map.entry("wiki.av1.space", MIRROR),
            Map.entry("news.hanna-ai.com", AGGREGATOR),
            Map.entry("menafn.com", AGGREGATOR),
            Map.entry("devdiscourse.com", AGGREGATOR),
            Map.entry("marketscreener.com", AGGREGATOR),
            Map.entry("newsbytesapp.com", AGGREGATOR),
            Map.entry("theglobalnewswatch.com", AGGREGATOR),
            Map.entry("worldreportnow.com", AGGREGATOR),
            Map.entry("wired-gov.net", AGGREGATOR),
            Map.entry("news.yahoo.com", AGGREGATOR),
            Map.entry("ca.news.yahoo.com", AGGREGATOR),
            Map.entry("yahoo.com", AGGREGATOR),
            Map.entry("msn.com", AGGREGATOR),
            Map.entry("defence.pk", FORUM),
            Map.entry("reddit.com", FORUM),
            Map.entry("quora.com", FORUM),
            Map.entry("wordpress.com", BLOG),
            Map.entry("blogspot.com", BLOG),
            Map.entry("pages.dev", BLOG),
            Map.entry("worldpopulationreview.com", FARM),
            Map.entry("urdupoint.com", FARM),
            Map.entry("alphahistory.com", FARM),
            Map.entry("vdocument.in", DOCUMENT_COPY),
            Map.entry("vdocuments.site", DOCUMENT_COPY),
            Map.entry("studylib.net", DOCUMENT_COPY),
            Map.entry("docslib.org", DOCUMENT_COPY),
            Map.entry("paperzz.com", DOCUMENT_COPY));

    private SourceHosts() {
    }

    /** Why a source at {@code url} is not acceptable, or empty when its host is not listed (or it has none). */
    static Optional<String> unacceptable(String url) {
        String host;
        try {
            host = new URI(url.strip()).getHost();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (host == null) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        // A trailing dot (defence.pk.) names the same host.
        host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        for (var candidate = host; candidate.contains("."); candidate = candidate.substring(candidate.indexOf('.') + 1)) {
            var reason = UNACCEPTABLE.get(candidate);
            if (reason != null) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }

    /** The listed hosts, for documentation and tests. */
    static Map<String, String> listed() {
        return UNACCEPTABLE;
    }
}
