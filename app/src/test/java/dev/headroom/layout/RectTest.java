// SPDX-License-Identifier: Apache-2.0
package dev.headroom.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RectTest {

    @Test
    void areaIsWidthTimesHeight() {
        assertEquals(12.0, new Rect(1, 2, 3, 4).area());
    }

    @Test
    void aspectRatioIsLongerOverShorterSideWhicheverIsLonger() {
        assertEquals(4.0, new Rect(0, 0, 8, 2).aspectRatio());
        assertEquals(4.0, new Rect(0, 0, 2, 8).aspectRatio());
        assertEquals(1.0, new Rect(0, 0, 5, 5).aspectRatio());
    }

    @Test
    void aspectRatioOfDegenerateRectIsInfinite() {
        assertEquals(Double.POSITIVE_INFINITY, new Rect(0, 0, 0, 3).aspectRatio());
    }

    @Test
    void containsIsHalfOpenSoSharedEdgesBelongToOneRect() {
        Rect left = new Rect(0, 0, 1, 1);
        Rect right = new Rect(1, 0, 1, 1);
        assertTrue(left.contains(0, 0));
        assertFalse(left.contains(1, 0.5));
        assertTrue(right.contains(1, 0.5));
        assertFalse(left.contains(0.5, 1));
        assertFalse(left.contains(-0.001, 0.5));
    }

    @Test
    void zeroAreaRectContainsNothing() {
        assertFalse(new Rect(2, 2, 0, 5).contains(2, 3));
    }

    @Test
    void insetShrinksEverySide() {
        assertEquals(new Rect(11, 22, 28, 36), new Rect(10, 21, 30, 38).inset(1));
    }

    @Test
    void insetLargerThanHalfASideCollapsesThatSideAroundTheCentre() {
        assertEquals(new Rect(2, 3, 0, 2), new Rect(0, 0, 4, 8).inset(3));
    }

    @Test
    void rejectsNegativeOrNonFiniteSizes() {
        assertThrows(IllegalArgumentException.class, () -> new Rect(0, 0, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Rect(0, 0, 1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Rect(Double.NaN, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Rect(0, 0, Double.POSITIVE_INFINITY, 1));
    }

    @Test
    void intersectionAreaOfOverlappingRects() {
        assertEquals(2.0, new Rect(0, 0, 3, 3).intersectionArea(new Rect(2, 1, 5, 2)));
        assertTrue(new Rect(0, 0, 3, 3).overlaps(new Rect(2, 1, 5, 2)));
    }

    @Test
    void rectsSharingOnlyAnEdgeOrCornerDoNotOverlap() {
        Rect a = new Rect(0, 0, 1, 1);
        assertEquals(0.0, a.intersectionArea(new Rect(1, 0, 1, 1)));
        assertFalse(a.overlaps(new Rect(1, 1, 1, 1)));
        assertFalse(a.overlaps(new Rect(5, 5, 1, 1)));
    }
}
