package org.allianceatlas.service;

import java.util.List;

/**
 * Thrown when a question names a state or organisation the current dataset does not hold. The message names the id
 * and suggests close ones ("unknown organisation 'natoo' (did you mean nato?)").
 */
public final class UnknownIdException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;
    private final List<String> suggestions;

    /**
     * @param kind        "state" or "organisation"
     * @param suggestions close ids, best first; may be empty
     */
    public UnknownIdException(String kind, String id, List<String> suggestions) {
        super("unknown " + kind + " '" + id + "'" + (suggestions.isEmpty() ? ""
                : " (did you mean " + String.join(" or ", suggestions) + "?)"));
        this.kind = kind;
        this.id = id;
        this.suggestions = List.copyOf(suggestions);
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
