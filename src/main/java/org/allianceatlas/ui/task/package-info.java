/**
 * Running long work (loading, layout, export) off the FX thread: the {@link org.allianceatlas.ui.task.TaskRunner}
 * interface, the application's single-background-thread runner and the observable progress the status bar shows.
 *
 * <p>Uses {@code javafx.beans} and {@code javafx.application.Platform} only; must not import JavaFX controls, the
 * other {@code ui} packages or anything that draws. Tests use a same-thread runner from the test tree.
 */
package org.allianceatlas.ui.task;
