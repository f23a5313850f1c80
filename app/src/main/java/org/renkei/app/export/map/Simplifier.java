package org.renkei.app.export.map;

import java.util.Arrays;

/**
 * Douglas–Peucker simplification of closed rings, measured in metres on a local equirectangular plane, so the
 * tolerance means the same on the ground anywhere in Japan.
 */
public final class Simplifier {
    private static final double METRES_PER_DEGREE = Math.toRadians(1) * 6_371_008.8;

    private Simplifier() {
    }

    /**
     * The ring with every point dropped that lies within {@code toleranceMetres} of the simplified outline;
     * closed (last point = first) on return, or null when fewer than three distinct points remain.
     */
    public static double[] ring(double[] ring, double toleranceMetres) {
        int n = ring.length / 2;
        if (n > 1 && ring[0] == ring[2 * n - 2] && ring[1] == ring[2 * n - 1]) {
            n--;                                        // work on the open ring
        }
        if (n < 3) {
            return null;
        }
        double kx = METRES_PER_DEGREE * Math.cos(Math.toRadians(ring[1]));
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = ring[2 * i] * kx;
            y[i] = ring[2 * i + 1] * METRES_PER_DEGREE;
        }
        int far = 0;                                    // split at the point farthest from the first
        double best = -1;
        for (int i = 1; i < n; i++) {
            double d = Math.hypot(x[i] - x[0], y[i] - y[0]);
            if (d > best) {
                best = d;
                far = i;
            }
        }
        boolean[] keep = new boolean[n + 1];
        keep[0] = true;
        keep[far] = true;
        keep[n] = true;
        double[] cx = Arrays.copyOf(x, n + 1);
        double[] cy = Arrays.copyOf(y, n + 1);
        cx[n] = x[0];
        cy[n] = y[0];
        simplify(cx, cy, 0, far, toleranceMetres, keep);
        simplify(cx, cy, far, n, toleranceMetres, keep);
        int kept = 0;
        for (int i = 0; i < n; i++) {
            kept += keep[i] ? 1 : 0;
        }
        if (kept < 3) {
            return null;
        }
        double[] out = new double[2 * (kept + 1)];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out[k++] = ring[2 * i];
                out[k++] = ring[2 * i + 1];
            }
        }
        out[k++] = ring[0];
        out[k] = ring[1];
        return out;
    }

    private static void simplify(double[] x, double[] y, int first, int last, double tol, boolean[] keep) {
        int[] stack = new int[2 * (last - first + 1)];
        int top = 0;
        stack[top++] = first;
        stack[top++] = last;
        while (top > 0) {
            int b = stack[--top];
            int a = stack[--top];
            double worst = -1;
            int at = -1;
            for (int i = a + 1; i < b; i++) {
                double d = segmentDistance(x[i], y[i], x[a], y[a], x[b], y[b]);
                if (d > worst) {
                    worst = d;
                    at = i;
                }
            }
            if (at >= 0 && worst > tol) {
                keep[at] = true;
                stack[top++] = a;
                stack[top++] = at;
                stack[top++] = at;
                stack[top++] = b;
            }
        }
    }

    static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
