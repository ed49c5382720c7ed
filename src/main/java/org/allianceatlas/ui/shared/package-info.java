/**
 * Small pieces the views and view models of every {@code ui} package share: one-shot {@link
 * org.allianceatlas.ui.shared.Signal}s from a ViewModel to its View, {@link org.allianceatlas.ui.shared.ExternalLinks}
 * (which only ever opens http/https URLs), the application's style-class names and its resource look-up.
 *
 * <p>Must not import the other {@code ui} packages (they import this one), SmartGraph or anything below
 * {@code model}.
 */
package org.allianceatlas.ui.shared;
