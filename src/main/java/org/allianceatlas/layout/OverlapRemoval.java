package org.allianceatlas.layout;

/**
 * Pushes overlapping discs apart until every pair is at least its radii plus the gap apart, moving only
 * discs that are not fixed, while (optionally) pulling each disc back towards an anchor so that it stays near where
 * it belongs (a state near its capital).
 *
 * <p>Each round resolves every overlapping pair by moving the two discs apart along the line between them (each by
 * half the overlap; a free disc by the whole overlap when the other is fixed). The pull towards anchors weakens over
 * the first rounds and then stops, so that the final rounds only separate; the loop ends at the first round that
 * finds no overlap. Overlaps between two fixed discs are left: positions the user already sees are never moved.
 */
final class OverlapRemoval {

    /** Rounds with a pull towards the anchors. */
    private static final int PULL_ROUNDS = 30;

    /** Upper bound on rounds; dense clusters of a few hundred discs separate in well under a hundred. */
    private static final int MAX_ROUNDS = 500;

    /** The golden angle, radians: successive multiples spread directions evenly without repeating. */
    static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    private OverlapRemoval() {
    }

    /**
     * Separates the discs of {@code bodies}.
     *
     * @param anchorX x of each disc's anchor by index, or null for no pull
     * @param anchorY y of each disc's anchor by index, or null for no pull
     * @return true when no overlap is left (except between fixed discs)
     */
    static boolean resolve(Bodies bodies, double[] anchorX, double[] anchorY) {
        int n = bodies.size();
        if (n < 2) {
            return true;
        }
        double cell = 2 * bodies.maxRadius() + bodies.gap();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            if (anchorX != null && round < PULL_ROUNDS) {
                double pull = 0.3 * (1 - (double) round / PULL_ROUNDS);
                for (int i = 0; i < n; i++) {
                    if (!bodies.fixed(i)) {
                        bodies.move(i, bodies.x(i) + (anchorX[i] - bodies.x(i)) * pull,
                                bodies.y(i) + (anchorY[i] - bodies.y(i)) * pull);
                    }
                }
            }
            var grid = new SpatialHash(cell);
            for (int i = 0; i < n; i++) {
                grid.insert(i, bodies.x(i), bodies.y(i));
            }
            int[] moved = {0};
            for (int i = 0; i < n; i++) {
                int a = i;
                grid.near(bodies.x(a), bodies.y(a), b -> {
                    if (b > a && separate(bodies, a, b)) {
                        moved[0]++;
                    }
                });
            }
            if (moved[0] == 0 && round >= (anchorX == null ? 0 : PULL_ROUNDS)) {
                return true;
            }
        }
        return false;
    }

    /** Moves discs a and b apart if they overlap; true when something moved. */
    private static boolean separate(Bodies bodies, int a, int b) {
        boolean fa = bodies.fixed(a);
        boolean fb = bodies.fixed(b);
        if (fa && fb || !bodies.overlap(a, b)) {
            return false;
        }
        double dx = bodies.x(b) - bodies.x(a);
        double dy = bodies.y(b) - bodies.y(a);
        double d = Math.hypot(dx, dy);
        if (d < 1e-9) {
            // Coincident centres (two states with the same capital): a direction that depends only on the indices
            // keeps the result deterministic.
            double angle = (a * 31 + b) * GOLDEN_ANGLE;
            dx = Math.cos(angle);
            dy = Math.sin(angle);
            d = 1e-9;
        } else {
            dx /= d;
            dy /= d;
        }
        // A hair more than the overlap, so that rounding never leaves the pair just inside the limit.
        double push = bodies.r(a) + bodies.r(b) + bodies.gap() - d + 1e-6;
        double shareA = fa ? 0 : fb ? 1 : 0.5;
        double shareB = 1 - shareA;
        bodies.move(a, bodies.x(a) - dx * push * shareA, bodies.y(a) - dy * push * shareA);
        bodies.move(b, bodies.x(b) + dx * push * shareB, bodies.y(b) + dy * push * shareB);
        return true;
    }
}
