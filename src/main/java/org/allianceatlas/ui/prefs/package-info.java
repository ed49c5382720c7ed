/**
 * What the desktop app remembers between runs (window, theme, layout, labels, last dataset, filters), stored with
 * {@link java.util.prefs.Preferences} under a node tests can redirect.
 *
 * <p>No JavaFX: plain values in, plain values out. Must not import the views or view models.
 */
package org.allianceatlas.ui.prefs;
