package org.allianceatlas.export.style;

/** Vertex shapes: states are circles, organisations rounded squares, so the two read apart without colour. */
public enum VertexShape {
    CIRCLE, ROUNDED_SQUARE
}
