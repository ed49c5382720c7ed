package org.allianceatlas.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Who holds each of today's shapes (or a part of one, such as {@code DEU.E}, the east of Germany) in a year: the rules
 * of the shipped {@code succession.txt}, whose header explains the format. A shape without a rule is held by the
 * state of its own id whenever that state exists. Immutable.
 */
public final class Succession {

    /** One possible holder of a shape: a state, optionally only within years (inclusive). */
    public record Candidate(String stateId, int fromYear, int toYear) {

        public Candidate {
            Objects.requireNonNull(stateId, "stateId");
        }

        boolean covers(int year) {
            return year >= fromYear && year <= toYear;
        }
    }

    private static final String RESOURCE = "succession.txt";
    private static final Pattern ID = Pattern.compile("[A-Z_][A-Z0-9_]*(\\.[A-Z]+)?");
    private static final Pattern CANDIDATE = Pattern.compile("([A-Z][A-Z0-9]*)(?:@(\\d{4})?-(\\d{4})?)?");

    private final Map<String, List<Candidate>> rules;

    private Succession(Map<String, List<Candidate>> rules) {
        this.rules = Map.copyOf(rules);
    }

    /** The shipped rules. */
    public static Succession shipped() {
        try (var in = Succession.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/allianceatlas/map/" + RESOURCE);
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads rules in the format of {@code succession.txt}.
     *
     * @throws IllegalArgumentException naming {@code name}, the line and what is wrong, for a malformed line or a
     *                                  shape given twice
     */
    public static Succession read(InputStream in, String name) throws IOException {
        var rules = new LinkedHashMap<String, List<Candidate>>();
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            var text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            var words = text.split("\\s+");
            String where = name + ":" + number + ": ";
            if (words.length < 2 || !ID.matcher(words[0]).matches()) {
                throw new IllegalArgumentException(where + "expected a shape id and at least one candidate state, "
                        + "found '" + text + "'");
            }
            var candidates = new ArrayList<Candidate>();
            for (int i = 1; i < words.length; i++) {
                var m = CANDIDATE.matcher(words[i]);
                if (!m.matches()) {
                    throw new IllegalArgumentException(where + "'" + words[i] + "' is not a candidate: write a state "
                            + "id, optionally with years such as SUN@1940-1990, MYS@1963- or CHN@-1948");
                }
                int from = m.group(2) == null ? Integer.MIN_VALUE : Integer.parseInt(m.group(2));
                int to = m.group(3) == null ? Integer.MAX_VALUE : Integer.parseInt(m.group(3));
                if (from > to) {
                    throw new IllegalArgumentException(where + "years of '" + words[i] + "' are inverted");
                }
                candidates.add(new Candidate(m.group(1), from, to));
            }
            if (rules.put(words[0], List.copyOf(candidates)) != null) {
                throw new IllegalArgumentException(where + "shape " + words[0] + " has a rule already");
            }
        }
        return new Succession(rules);
    }

    /**
     * The state holding shape {@code shapeId} in {@code year}, or null for none.
     *
     * @param exists whether a state exists in the year (on 31 December), usually {@code State.existsIn} over the
     *               dataset; a state the dataset lacks does not exist
     */
    public String holder(String shapeId, int year, Predicate<String> exists) {
        var candidates = rules.get(shapeId);
        if (candidates == null) {
            return exists.test(shapeId) ? shapeId : null;
        }
        for (var c : candidates) {
            if (c.covers(year) && exists.test(c.stateId())) {
                return c.stateId();
            }
        }
        return null;
    }

    /** The rule of a shape, or an empty list when it has none. */
    public List<Candidate> candidates(String shapeId) {
        return rules.getOrDefault(shapeId, List.of());
    }

    /** The shapes (and parts of shapes) that have a rule. */
    public Set<String> shapes() {
        return rules.keySet();
    }
}
