/**
 * The command line ({@code alliance-atlas [--data PATH]... [--only PATH]... [--in-force] COMMAND}) built with
 * picocli: one thin {@code *Command} per command over {@link org.allianceatlas.service.AtlasService}. Exit codes: 0
 * success, 1 data or input problems, 2 bad usage.
 *
 * <p>The only package that prints ({@code System.out}, {@code System.err}); everything it prints goes through the
 * writers of the picocli {@code CommandLine}, so tests capture it. Must not import {@code ui}, JavaFX, Jackson or
 * {@code org.jgrapht.nio}.
 */
package org.allianceatlas.cli;
