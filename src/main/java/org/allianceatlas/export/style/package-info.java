/**
 * The one definition of how things look — region colours (Okabe–Ito, colour-blind safe), community colours (Paul
 * Tol's schemes, also colour-blind safe), vertex shapes and sizes, tie line styles, theme colours — used both by the
 * screen (the UI turns it into SmartGraph CSS) and by the image exporters, so that what is exported is what is seen
 * (community colours are for the screen only: exports colour states by region).
 *
 * <p>Toolkit-neutral: {@code java.*} and {@code model} only; no JavaFX, no AWT.
 */
package org.allianceatlas.export.style;
