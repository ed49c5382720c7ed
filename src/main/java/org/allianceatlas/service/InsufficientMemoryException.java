package org.allianceatlas.service;

import java.util.Locale;

/**
 * Stands for an {@link OutOfMemoryError} where a front end reports a failure, so that the user reads what happened
 * and what to do rather than a Java class name: "out of memory: … start Java with more (-Xmx…)". The limits that
 * keep ordinary mistakes from getting this far are in docs/reliability.md.
 */
public final class InsufficientMemoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InsufficientMemoryException(OutOfMemoryError cause) {
        super(describe(), cause);
    }

    /** The message, with the memory this JVM may use. */
    public static String describe() {
        long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return String.format(Locale.ROOT, "out of memory: the data or the picture is too large for the %,d MB Java "
                + "may use here; load or export less (fewer files, a narrower filter, a smaller page), or start Java "
                + "with more memory, e.g. java -Xmx8g -jar alliance-atlas.jar", mib);
    }
}
