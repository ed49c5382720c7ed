/**
 * Presentations in the app: Export › Timeline animation… (GIF, MP4, PNG sequence) and Export › Slides (.pptx)… with a
 * progress bar and cancel, and presentation mode (View › Present, F5: the saved views full screen, one after another).
 * The view models run exports and layouts through the service off the FX thread ({@code ui.task}) and are tested
 * without a display; the dialogs and the presentation window only bind.
 *
 * <p>May use the core through {@code service} and its value types; JavaFX here. The presentation window draws with a
 * {@code ui.canvas.GraphCanvas} of its own; nothing here touches the main window's canvas or imports {@code ui}'s
 * main window classes.
 */
package org.allianceatlas.ui.presentation;
