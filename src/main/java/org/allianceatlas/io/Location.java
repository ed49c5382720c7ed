package org.allianceatlas.io;

/**
 * Where a JSON value (or key) starts: file, 1-based line and column, and the JSON path of the value. Public so that
 * the layers above can report a located problem about a value they check themselves (an id unknown to the loaded
 * data in a project file's saved view).
 */
public record Location(String file, int line, int column, String path) {

    public Problem error(String message) {
        return new Problem(Severity.ERROR, file, line, column, path, message);
    }

    public Problem warning(String message) {
        return new Problem(Severity.WARNING, file, line, column, path, message);
    }

    /** The path of a member of the object at this location: {@code $.states} + {@code id}. */
    String child(String key) {
        return path + (key.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? "." + key : "['" + key.replace("'", "\\'") + "']");
    }

    /** The path of an element of the array at this location. */
    String element(int index) {
        return path + "[" + index + "]";
    }

    /** The same place with another path: where a missing member would have been. */
    Location withPath(String newPath) {
        return new Location(file, line, column, newPath);
    }

    /** {@code file:line:col}, for messages that point at a second place. */
    String shortForm() {
        return file + ":" + line + ":" + column;
    }
}
