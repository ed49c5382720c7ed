package org.allianceatlas.layout;

/**
 * The Equal Earth projection, an equal-area pseudocylindrical world projection, scaled so that the world is
 * {@link LayoutArea#WIDTH} layout units wide and centred in the {@link LayoutArea}.
 *
 * <p>Formulas from B. Šavrič, T. Patterson and B. Jenny, "The Equal Earth map projection", International Journal of
 * Geographical Information Science 33(3), 2019, pp. 454–465, doi:10.1080/13658816.2018.1504949 (equations 2 and 3,
 * with their coefficients A1–A4):
 * <pre>
 *   θ = asin(√3/2 · sin φ)
 *   x = 2√3 λ cos θ / (3 (9 A4 θ⁸ + 7 A3 θ⁶ + 3 A2 θ² + A1))
 *   y = A4 θ⁹ + A3 θ⁷ + A2 θ³ + A1 θ
 * </pre>
 * Equal area matters here: on a Mercator map Europe and the high north would take up far more room than their
 * number of states warrants, and Africa far less.
 */
public final class EqualEarthProjection {

    private static final double A1 = 1.340264;
    private static final double A2 = -0.081106;
    private static final double A3 = 0.000893;
    private static final double A4 = 0.003796;
    private static final double M = Math.sqrt(3) / 2;

    /** Half the width of the unscaled projection: x at λ = π, φ = 0 (θ = 0). */
    private static final double HALF_WIDTH = 2 * Math.sqrt(3) * Math.PI / (3 * A1);

    /** Layout units per unit of the unscaled projection. */
    private static final double SCALE = LayoutArea.WIDTH / (2 * HALF_WIDTH);

    private EqualEarthProjection() {
    }

    /**
     * Projects a position on the globe.
     *
     * @param lat latitude in decimal degrees, −90 to 90 (north positive); values outside are clamped
     * @param lon longitude in decimal degrees, −180 to 180 (east positive); values outside are wrapped
     * @return layout coordinates, x from 0 (180° W) to {@link LayoutArea#WIDTH} (180° E), y downwards from the north
     */
    public static Point project(double lat, double lon) {
        double phi = Math.toRadians(Math.max(-90, Math.min(90, lat)));
        double wrapped = lon >= -180 && lon <= 180 ? lon : ((lon + 180) % 360 + 360) % 360 - 180;
        double lambda = Math.toRadians(wrapped);
        double theta = Math.asin(M * Math.sin(phi));
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        double x = 2 * Math.sqrt(3) * lambda * Math.cos(theta)
                / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1));
        double y = theta * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1);
        return new Point(LayoutArea.WIDTH / 2 + x * SCALE, LayoutArea.HEIGHT / 2 - y * SCALE);
    }
}
