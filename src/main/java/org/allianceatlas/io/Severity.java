package org.allianceatlas.io;

/** How bad a {@link Problem} is: an error makes a dataset unusable, a warning does not. */
public enum Severity {
    ERROR, WARNING;

    /** The word used in formatted problems: {@code error} or {@code warning}. */
    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
