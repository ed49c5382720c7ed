/**
 * Type-ahead search over states and organisations (Ctrl+F): the ranked suggestions and the search box with its
 * popup. Choosing a suggestion is announced; the main window selects and centres the actor.
 *
 * <p>Must not import the main window's package, the canvas or SmartGraph.
 */
package org.allianceatlas.ui.search;
