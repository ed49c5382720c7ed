package org.allianceatlas.ui.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens source links in the system browser. Only absolute {@code http} and {@code https} URLs with a host are ever
 * opened: the data is user-editable, and a {@code file:}, {@code javascript:} or custom-scheme link in a loaded file
 * must not start programs on the user's machine.
 */
public final class ExternalLinks {

    private final Consumer<String> browser;

    /**
     * @param browser opens a checked URL; the application passes {@code HostServices::showDocument}
     */
    public ExternalLinks(Consumer<String> browser) {
        this.browser = browser;
    }

    /** The URL, normalised, when it is one that may be opened. */
    public static Optional<URI> openable(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            var uri = new URI(url.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // not a URL: not openable
        }
        return Optional.empty();
    }

    /** Opens the URL when {@link #openable} allows it; returns whether it did. */
    public boolean open(String url) {
        var uri = openable(url);
        uri.ifPresent(u -> browser.accept(u.toString()));
        return uri.isPresent();
    }
}
