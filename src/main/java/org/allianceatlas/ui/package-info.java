/**
 * The JavaFX desktop app: {@link org.allianceatlas.ui.AtlasApp}, the main window ({@link
 * org.allianceatlas.ui.MainView}) and its view model ({@link org.allianceatlas.ui.MainViewModel}), which runs the
 * pipeline load → filter → layout → frame for the canvas. Sub-packages hold the panels (filter, details, search),
 * dataset dialogs, preferences, the task runner and shared pieces; {@code ui.canvas} is the SmartGraph adapter.
 *
 * <p>MVVM as in JabRef: a {@code *View} only binds controls to its {@code *ViewModel}; view models hold state as
 * properties, call the {@code service}, and are tested without a display. The only package that may import JavaFX,
 * SmartGraph and AtlantaFX; it must not be imported by any other package, and never prints.
 */
package org.allianceatlas.ui;
