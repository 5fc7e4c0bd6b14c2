// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.cost;

import java.util.Arrays;
import java.util.Objects;

/**
 * Non-negative least squares: the {@code x ≥ 0} that minimises {@code ‖A·x − b‖₂}.
 *
 * <p>Algorithm: the active-set method of Lawson and Hanson ("Solving Least Squares Problems", Prentice-Hall
 * 1974, chapter 23, algorithm NNLS). Variables start in the zero set Z; the variable whose gradient
 * {@code w = Aᵀ(b − A·x)} is largest and positive moves to the passive set P; the unconstrained least squares
 * problem on the columns of P is solved (here by Householder QR, Golub and Van Loan §5.3); while that solution has a
 * non-positive entry the step is shortened to stay feasible and the variables that hit zero go back to Z. It stops
 * when no gradient in Z is positive (the Karush–Kuhn–Tucker conditions hold) or after {@code 3n} outer
 * iterations, Lawson and Hanson's bound. Each inner solve costs O(m·p²) for p passive columns, so the whole is
 * O(iterations · m · n²) for an m × n matrix.
 *
 * <p>Columns are scaled to unit norm before solving and the solution unscaled after, which leaves the problem
 * (and non-negativity) unchanged but keeps the tolerances meaningful when features differ by orders of magnitude.
 * The result is immutable.
 */
public final class Nnls {
    private final double[] solution;
    private final double residualNorm;
    private final int iterations;

    /**
     * Solves the problem for the m × n matrix {@code a} (rows of equal length, m ≥ 1, n ≥ 1) and the m-vector
     * {@code b}. Inputs are copied and not changed.
     */
    public Nnls(double[][] a, double[] b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        int m = a.length;
        if (m == 0 || b.length != m) {
            throw new IllegalArgumentException("need at least one row and one b entry per row; got " + m + " rows, "
                    + b.length + " entries");
        }
        int n = a[0].length;
        if (n == 0) {
            throw new IllegalArgumentException("need at least one column");
        }
        double[][] scaled = new double[m][n];
        double[] norms = new double[n];
        for (int i = 0; i < m; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("row " + i + " has " + a[i].length + " columns, row 0 has " + n);
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new IllegalArgumentException("a[" + i + "][" + j + "] is not finite");
                }
                norms[j] += a[i][j] * a[i][j];
            }
            if (!Double.isFinite(b[i])) {
                throw new IllegalArgumentException("b[" + i + "] is not finite");
            }
        }
        for (int j = 0; j < n; j++) {
            norms[j] = Math.sqrt(norms[j]);
            for (int i = 0; i < m; i++) {
                scaled[i][j] = norms[j] == 0 ? 0 : a[i][j] / norms[j];
            }
        }
        double[] x = new double[n];
        int it = solve(scaled, b, norms, x);
        for (int j = 0; j < n; j++) {
            x[j] = norms[j] == 0 ? 0 : x[j] / norms[j];
        }
        this.solution = x;
        this.iterations = it;
        double r = 0;
        for (int i = 0; i < m; i++) {
            double ri = b[i];
            for (int j = 0; j < n; j++) {
                ri -= a[i][j] * x[j];
            }
            r += ri * ri;
        }
        this.residualNorm = Math.sqrt(r);
    }

    /** The solution x, every entry ≥ 0 (a copy). */
    public double[] solution() {
        return solution.clone();
    }

    /** ‖A·x − b‖₂ at the solution. */
    public double residualNorm() {
        return residualNorm;
    }

    /** Outer iterations taken (variables moved into the passive set). */
    public int iterations() {
        return iterations;
    }

    private static int solve(double[][] a, double[] b, double[] norms, double[] x) {
        int m = a.length;
        int n = x.length;
        boolean[] passive = new boolean[n];
        double bNorm = 0;
        for (double v : b) {
            bNorm = Math.max(bNorm, Math.abs(v));
        }
        double tol = 1e-12 * Math.max(1, bNorm) * Math.max(m, n);
        int maxOuter = 3 * n;
        int outer = 0;
        double[] w = gradient(a, b, x);
        while (outer < maxOuter) {
            int t = -1;
            double best = tol;
            for (int j = 0; j < n; j++) {
                if (!passive[j] && norms[j] > 0 && w[j] > best) {
                    best = w[j];
                    t = j;
                }
            }
            if (t < 0) {
                break;
            }
            outer++;
            passive[t] = true;
            while (true) {
                double[] s = leastSquaresOn(a, b, passive);
                boolean feasible = true;
                for (int j = 0; j < n; j++) {
                    if (passive[j] && s[j] <= 0) {
                        feasible = false;
                        break;
                    }
                }
                if (feasible) {
                    System.arraycopy(s, 0, x, 0, n);
                    break;
                }
                double alpha = Double.POSITIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    if (passive[j] && s[j] <= 0) {
                        alpha = Math.min(alpha, x[j] / (x[j] - s[j]));
                    }
                }
                boolean moved = false;
                for (int j = 0; j < n; j++) {
                    x[j] += alpha * (s[j] - x[j]);
                    if (passive[j] && x[j] <= 1e-15 * Math.max(1, Math.abs(s[j]))) {
                        x[j] = 0;
                        passive[j] = false;
                        moved = true;
                    }
                }
                if (!moved) {
                    // rounding kept every variable just above zero; drop the one that limited the step
                    int limiting = -1;
                    double least = Double.POSITIVE_INFINITY;
                    for (int j = 0; j < n; j++) {
                        if (passive[j] && s[j] <= 0 && x[j] < least) {
                            least = x[j];
                            limiting = j;
                        }
                    }
                    x[limiting] = 0;
                    passive[limiting] = false;
                }
            }
            w = gradient(a, b, x);
        }
        return outer;
    }

    private static double[] gradient(double[][] a, double[] b, double[] x) {
        int m = a.length;
        int n = x.length;
        double[] r = new double[m];
        for (int i = 0; i < m; i++) {
            double ri = b[i];
            for (int j = 0; j < n; j++) {
                ri -= a[i][j] * x[j];
            }
            r[i] = ri;
        }
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < m; i++) {
                s += a[i][j] * r[i];
            }
            w[j] = s;
        }
        return w;
    }

    /** Unconstrained least squares on the passive columns by Householder QR; zero for the others. */
    private static double[] leastSquaresOn(double[][] a, double[] b, boolean[] passive) {
        int m = a.length;
        int n = passive.length;
        int[] cols = new int[n];
        int p = 0;
        for (int j = 0; j < n; j++) {
            if (passive[j]) {
                cols[p++] = j;
            }
        }
        double[][] r = new double[m][p];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < p; k++) {
                r[i][k] = a[i][cols[k]];
            }
        }
        double[] y = b.clone();
        int steps = Math.min(m, p);
        for (int k = 0; k < steps; k++) {
            double norm = 0;
            for (int i = k; i < m; i++) {
                norm += r[i][k] * r[i][k];
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                continue;
            }
            double alpha = r[k][k] > 0 ? -norm : norm;
            double[] v = new double[m];
            v[k] = r[k][k] - alpha;
            for (int i = k + 1; i < m; i++) {
                v[i] = r[i][k];
            }
            double vv = 0;
            for (int i = k; i < m; i++) {
                vv += v[i] * v[i];
            }
            if (vv == 0) {
                continue;
            }
            for (int c = k; c < p; c++) {
                double dot = 0;
                for (int i = k; i < m; i++) {
                    dot += v[i] * r[i][c];
                }
                double f = 2 * dot / vv;
                for (int i = k; i < m; i++) {
                    r[i][c] -= f * v[i];
                }
            }
            double dot = 0;
            for (int i = k; i < m; i++) {
                dot += v[i] * y[i];
            }
            double f = 2 * dot / vv;
            for (int i = k; i < m; i++) {
                y[i] -= f * v[i];
            }
        }
        double[] z = new double[p];
        double maxDiag = 0;
        for (int k = 0; k < steps; k++) {
            maxDiag = Math.max(maxDiag, Math.abs(r[k][k]));
        }
        for (int k = steps - 1; k >= 0; k--) {
            double s = y[k];
            for (int c = k + 1; c < p; c++) {
                s -= r[k][c] * z[c];
            }
            // a column dependent on earlier passive ones gets no weight rather than an unbounded one
            z[k] = Math.abs(r[k][k]) <= 1e-12 * maxDiag ? 0 : s / r[k][k];
        }
        double[] s = new double[n];
        for (int k = 0; k < p; k++) {
            s[cols[k]] = z[k];
        }
        return s;
    }

    @Override
    public String toString() {
        return "Nnls" + Arrays.toString(solution) + " residual " + residualNorm;
    }
}
