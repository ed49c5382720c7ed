package org.allianceatlas.ui.canvas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

import com.brunomnsilva.smartgraph.graphview.SmartGraphProperties;

/**
 * SmartGraph's two configuration files, shipped under {@code org/allianceatlas/ui/canvas/} and read from the
 * classpath: SmartGraph's short constructors read {@code smartgraph.properties} and {@code smartgraph.css} from the
 * working directory, which breaks as soon as the application is started from anywhere else (missing CSS means black
 * vertices and invisible edges). Fails fast, naming the resource, when one is missing from the build.
 */
final class CanvasResources {

    static final String PROPERTIES = "smartgraph.properties";
    static final String STYLESHEET = "smartgraph.css";

    private CanvasResources() {
    }

    static SmartGraphProperties properties() {
        try (var in = url(PROPERTIES).openStream()) {
            return new SmartGraphProperties(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PROPERTIES + " from the classpath", e);
        }
    }

    /** The structural stylesheet as a URI that works from a directory and from inside a jar. */
    static URI stylesheet() {
        try {
            return url(STYLESHEET).toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad URI for " + STYLESHEET, e);
        }
    }

    private static URL url(String name) {
        var url = CanvasResources.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("resource org/allianceatlas/ui/canvas/" + name
                    + " is missing from the classpath: the build did not copy src/main/resources");
        }
        return url;
    }
}
