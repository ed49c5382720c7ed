package org.allianceatlas.bench.legibility;

import java.util.Arrays;

/**
 * Minimum-cost one-to-one assignment of rows to columns (the Hungarian method with potentials, O(n²·m)): used to give
 * each label its own vertex when the SVG does not say which is whose, so that two labels near one vertex cannot both
 * claim it.
 */
final class Assignment {

    private Assignment() {
    }

    /**
     * For a cost matrix of {@code n} rows and {@code m >= n} columns, the column of each row in an assignment of least
     * total cost; every row gets a different column.
     */
    static int[] solve(double[][] cost) {
        int n = cost.length;
        if (n == 0) {
            return new int[0];
        }
        int m = cost[0].length;
        if (m < n) {
            throw new IllegalArgumentException("more rows (" + n + ") than columns (" + m + ")");
        }
        // 1-based arrays; column 0 is a virtual start. rowOf[j]: the row holding column j (0: none).
        double[] rowPotential = new double[n + 1];
        double[] columnPotential = new double[m + 1];
        int[] rowOf = new int[m + 1];
        int[] previous = new int[m + 1];
        for (int row = 1; row <= n; row++) {
            rowOf[0] = row;
            int column = 0;
            double[] slack = new double[m + 1];
            Arrays.fill(slack, Double.POSITIVE_INFINITY);
            boolean[] visited = new boolean[m + 1];
            do {
                visited[column] = true;
                int r = rowOf[column];
                double delta = Double.POSITIVE_INFINITY;
                int next = 0;
                for (int j = 1; j <= m; j++) {
                    if (visited[j]) {
                        continue;
                    }
                    double reduced = cost[r - 1][j - 1] - rowPotential[r] - columnPotential[j];
                    if (reduced < slack[j]) {
                        slack[j] = reduced;
                        previous[j] = column;
                    }
                    if (slack[j] < delta) {
                        delta = slack[j];
                        next = j;
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (visited[j]) {
                        rowPotential[rowOf[j]] += delta;
                        columnPotential[j] -= delta;
                    } else {
                        slack[j] -= delta;
                    }
                }
                column = next;
            } while (rowOf[column] != 0);
            // Flip the augmenting path back to the start.
            do {
                int before = previous[column];
                rowOf[column] = rowOf[before];
                column = before;
            } while (column != 0);
        }
        int[] columnOf = new int[n];
        for (int j = 1; j <= m; j++) {
            if (rowOf[j] != 0) {
                columnOf[rowOf[j] - 1] = j - 1;
            }
        }
        return columnOf;
    }
}
