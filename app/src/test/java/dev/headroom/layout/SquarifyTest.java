// SPDX-License-Identifier: Apache-2.0
package dev.headroom.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SquarifyTest {

    private static final double EXACT = 1e-12;

    /** The worked example of Bruls, Huizing and van Wijk (2000), section 3: weights 6,6,4,3,2,2,1 in 6 x 4. */
    private static final double[] PAPER_WEIGHTS = {6, 6, 4, 3, 2, 2, 1};
    private static final Rect PAPER_BOUNDS = new Rect(0, 0, 6, 4);

    @Test
    void paperExampleProducesThePapersFinalLayout() {
        List<Rect> rects = Squarify.layout(PAPER_WEIGHTS, PAPER_BOUNDS);

        // Column of 6,6 on the left; row of 4,3 on top of the rest; then 2, 2 and 1 side by side below.
        assertRect(new Rect(0, 0, 3, 2), rects.get(0));
        assertRect(new Rect(0, 2, 3, 2), rects.get(1));
        assertRect(new Rect(3, 0, 12.0 / 7, 7.0 / 3), rects.get(2));
        assertRect(new Rect(3 + 12.0 / 7, 0, 9.0 / 7, 7.0 / 3), rects.get(3));
        assertRect(new Rect(3, 7.0 / 3, 1.2, 5.0 / 3), rects.get(4));
        assertRect(new Rect(4.2, 7.0 / 3, 1.2, 5.0 / 3), rects.get(5));
        assertRect(new Rect(5.4, 7.0 / 3, 0.6, 5.0 / 3), rects.get(6));
    }

    @Test
    void paperExampleHasBetterAspectRatiosThanSliceAndDice() {
        List<Rect> squarified = Squarify.layout(PAPER_WEIGHTS, PAPER_BOUNDS);
        List<Rect> sliced = sliceAndDice(PAPER_WEIGHTS, PAPER_BOUNDS);

        double worstSquarified = squarified.stream().mapToDouble(Rect::aspectRatio).max().orElseThrow();
        double worstSliced = sliced.stream().mapToDouble(Rect::aspectRatio).max().orElseThrow();
        double meanSquarified = squarified.stream().mapToDouble(Rect::aspectRatio).average().orElseThrow();
        double meanSliced = sliced.stream().mapToDouble(Rect::aspectRatio).average().orElseThrow();

        // The worst squarified cell is the 1 (0.6 x 5/3); slice-and-dice gives it 0.25 x 4.
        assertEquals((5.0 / 3) / 0.6, worstSquarified, EXACT);
        assertEquals(16.0, worstSliced, EXACT);
        assertTrue(meanSquarified < meanSliced, meanSquarified + " vs " + meanSliced);
    }

    static Stream<Arguments> randomWeightSets() {
        Random random = new Random(20_000L);
        List<Arguments> sets = new ArrayList<>();
        Rect[] bounds = {new Rect(10, 20, 800, 600), new Rect(0, 0, 1000, 3), new Rect(-5, -7, 1, 1)};
        int[] sizes = {1, 2, 3, 7, 50, 333};
        for (Rect b : bounds) {
            for (int n : sizes) {
                double[] weights = new double[n];
                for (int i = 0; i < n; i++) {
                    // Heavy-tailed like header costs: four orders of magnitude, some exact ties.
                    weights[i] = i % 5 == 4 ? weights[i - 1] : Math.pow(10, 4 * random.nextDouble());
                }
                sets.add(Arguments.of(weights, b));
            }
        }
        return sets.stream();
    }

    @ParameterizedTest
    @MethodSource("randomWeightSets")
    void areasAreProportionalToWeights(double[] weights, Rect bounds) {
        List<Rect> rects = Squarify.layout(weights, bounds);
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        assertEquals(weights.length, rects.size());
        for (int i = 0; i < weights.length; i++) {
            double expected = weights[i] / total * bounds.area();
            assertEquals(expected, rects.get(i).area(), expected * 1e-9, "area of weight " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("randomWeightSets")
    void siblingsDoNotOverlap(double[] weights, Rect bounds) {
        List<Rect> rects = Squarify.layout(weights, bounds);
        double tolerance = bounds.area() * 1e-12;
        for (int i = 0; i < rects.size(); i++) {
            for (int j = i + 1; j < rects.size(); j++) {
                double overlap = rects.get(i).intersectionArea(rects.get(j));
                assertTrue(overlap <= tolerance, "rects " + i + " and " + j + " overlap by " + overlap);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("randomWeightSets")
    void siblingsStayInsideBoundsAndCoverAllOfIt(double[] weights, Rect bounds) {
        List<Rect> rects = Squarify.layout(weights, bounds);
        double eps = 1e-9 * Math.max(bounds.width(), bounds.height());
        double sum = 0;
        for (Rect r : rects) {
            assertTrue(r.x() >= bounds.x() - eps && r.y() >= bounds.y() - eps, r + " starts outside " + bounds);
            assertTrue(r.maxX() <= bounds.maxX() + eps && r.maxY() <= bounds.maxY() + eps,
                    r + " ends outside " + bounds);
            sum += r.area();
        }
        // Inside bounds + no overlap + same total area = the rects tile the bounds without gaps.
        assertEquals(bounds.area(), sum, bounds.area() * 1e-12);
    }

    @Test
    void sameInputGivesIdenticalOutput() {
        double[] bigger = new Random(7).doubles(400, 0, 100).toArray();
        Rect bounds = new Rect(0, 0, 640, 480);
        assertEquals(Squarify.layout(bigger, bounds), Squarify.layout(bigger.clone(), bounds));
        double[] ties = {3, 1, 3, 1, 3, 1};
        assertEquals(Squarify.layout(ties, bounds), Squarify.layout(ties.clone(), bounds));
    }

    @Test
    void equalWeightsKeepTheirIndexOrder() {
        // Four unit squares in a 4 x 1 strip: each row is one column, placed left to right in index order.
        List<Rect> rects = Squarify.layout(new double[] {1, 1, 1, 1}, new Rect(0, 0, 4, 1));
        for (int i = 0; i < 4; i++) {
            assertRect(new Rect(i, 0, 1, 1), rects.get(i));
        }
    }

    @Test
    void equalWeightsSeparatedByAHeavierOneKeepTheirIndexOrder() {
        List<Rect> rects = Squarify.layout(new double[] {1, 2, 1}, new Rect(0, 0, 4, 1));
        assertRect(new Rect(0, 0, 2, 1), rects.get(1));
        assertRect(new Rect(2, 0, 1, 1), rects.get(0));
        assertRect(new Rect(3, 0, 1, 1), rects.get(2));
    }

    @Test
    void resultIsInInputOrderNotSortedOrder() {
        List<Rect> rects = Squarify.layout(new double[] {1, 3}, new Rect(0, 0, 4, 1));
        assertEquals(1.0, rects.get(0).area(), EXACT);
        assertEquals(3.0, rects.get(1).area(), EXACT);
    }

    @Test
    void zeroWeightsGetZeroAreaAndDoNotDisturbTheOthers() {
        List<Rect> withZeros = Squarify.layout(new double[] {0, 6, 0, 6, 4, 3, 2, 2, 1, 0}, PAPER_BOUNDS);
        List<Rect> without = Squarify.layout(PAPER_WEIGHTS, PAPER_BOUNDS);
        assertEquals(0.0, withZeros.get(0).area());
        assertEquals(0.0, withZeros.get(2).area());
        assertEquals(0.0, withZeros.get(9).area());
        assertEquals(without, List.of(withZeros.get(1), withZeros.get(3), withZeros.get(4), withZeros.get(5),
                withZeros.get(6), withZeros.get(7), withZeros.get(8)));
    }

    @Test
    void allZeroWeightsGiveOnlyZeroAreaRects() {
        List<Rect> rects = Squarify.layout(new double[] {0, 0}, PAPER_BOUNDS);
        assertEquals(List.of(new Rect(0, 0, 0, 0), new Rect(0, 0, 0, 0)), rects);
    }

    @Test
    void zeroAreaBoundsGiveOnlyZeroAreaRects() {
        List<Rect> rects = Squarify.layout(new double[] {1, 2}, new Rect(3, 4, 10, 0));
        assertEquals(List.of(new Rect(3, 4, 0, 0), new Rect(3, 4, 0, 0)), rects);
    }

    @Test
    void noWeightsGiveNoRects() {
        assertEquals(List.of(), Squarify.layout(new double[0], PAPER_BOUNDS));
    }

    @Test
    void singleWeightFillsBounds() {
        assertEquals(List.of(PAPER_BOUNDS), Squarify.layout(new double[] {0.25}, PAPER_BOUNDS));
    }

    @Test
    void negativeWeightIsRejectedNamingItsIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Squarify.layout(new double[] {1, -2}, PAPER_BOUNDS));
        assertTrue(e.getMessage().contains("weights[1] is -2.0"), e.getMessage());
    }

    @Test
    void nanAndInfiniteWeightsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Squarify.layout(new double[] {Double.NaN}, PAPER_BOUNDS));
        assertThrows(IllegalArgumentException.class,
                () -> Squarify.layout(new double[] {Double.POSITIVE_INFINITY}, PAPER_BOUNDS));
        assertThrows(IllegalArgumentException.class,
                () -> Squarify.layout(new double[] {Double.MAX_VALUE, Double.MAX_VALUE}, PAPER_BOUNDS));
    }

    @Test
    void resultIsUnmodifiable() {
        List<Rect> rects = Squarify.layout(new double[] {1}, PAPER_BOUNDS);
        assertThrows(UnsupportedOperationException.class, () -> rects.set(0, PAPER_BOUNDS));
    }

    /** The classic slice-and-dice layout of one level: strips across the longer side. */
    private static List<Rect> sliceAndDice(double[] weights, Rect bounds) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        List<Rect> out = new ArrayList<>();
        double x = bounds.x();
        for (double w : weights) {
            double width = bounds.width() * w / total;
            out.add(new Rect(x, bounds.y(), width, bounds.height()));
            x += width;
        }
        return out;
    }

    private static void assertRect(Rect expected, Rect actual) {
        String message = "expected " + expected + " but was " + actual;
        assertEquals(expected.x(), actual.x(), EXACT, message);
        assertEquals(expected.y(), actual.y(), EXACT, message);
        assertEquals(expected.width(), actual.width(), EXACT, message);
        assertEquals(expected.height(), actual.height(), EXACT, message);
    }
}
