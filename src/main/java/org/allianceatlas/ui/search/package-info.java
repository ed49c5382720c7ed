/**
 * Type-ahead search over states, organisations and treaty clauses (Ctrl+F): the ranked suggestions, the message when
 * nothing matches, and the search box with its popup. Choosing a suggestion is announced; the main window selects and
 * centres the actor or the clause's tie.
 *
 * <p>Must not import the main window's package, the canvas or SmartGraph.
 */
package org.allianceatlas.ui.search;
