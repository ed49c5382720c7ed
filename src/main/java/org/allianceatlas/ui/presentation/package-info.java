/**
 * Presentations in the app: Export › Timeline animation… (GIF, MP4, PNG sequence) with a progress bar and cancel.
 * The view model runs the export through the service off the FX thread ({@code ui.task}); the dialog only binds.
 *
 * <p>May use the core through {@code service} and its value types; JavaFX here. Must not touch the canvas.
 */
package org.allianceatlas.ui.presentation;
