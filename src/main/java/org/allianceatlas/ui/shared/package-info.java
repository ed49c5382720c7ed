/**
 * Small pieces the views and view models of every {@code ui} package share: one-shot {@link
 * org.allianceatlas.ui.shared.Signal}s from a ViewModel to its View, {@link org.allianceatlas.ui.shared.ExternalLinks}
 * (which only ever opens http/https URLs), the application's style-class names and its resource look-up.
 *
 * <p>Must not import the other {@code ui} packages (they import this one) or SmartGraph; of the core it uses only
 * {@code model}, {@code layout}'s values (a layout's name) and {@code export.style}.
 */
package org.allianceatlas.ui.shared;
