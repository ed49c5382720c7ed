/**
 * The project in the app: the saved views (View › Save view…, the list to show, reorder, rename, update and delete
 * them) and the project file (File › Open project…, Save project, Save project as…, whether there are unsaved
 * changes, what the title bar calls it). View models hold the state and are tested without a display; the dialogs only
 * bind. Opening and saving go through the service ({@code AtlasService.openProject/saveProject}).
 *
 * <p>May use the core through {@code service} and the value types of {@code project}, {@code graph} and
 * {@code export.render}; JavaFX here. Must not touch the canvas (the main window passes what it shows).
 */
package org.allianceatlas.ui.project;
