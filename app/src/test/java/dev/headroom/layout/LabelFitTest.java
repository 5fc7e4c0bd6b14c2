// SPDX-License-Identifier: Apache-2.0
package dev.headroom.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.layout.LabelFit.Placement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class LabelFitTest {

    /** Fixed pitch: every code point is one unit wide. */
    private static final ToDoubleFunction<String> MONO = s -> s.codePointCount(0, s.length());

    /** Proportional stand-in: narrow i, l, dots and slashes; wide m and w; everything else 6. */
    private static final ToDoubleFunction<String> PROPORTIONAL = s -> s.codePoints().mapToDouble(c -> switch (c) {
        case 'i', 'l', '.', '/', '_' -> 3;
        case 'm', 'w' -> 10;
        default -> 6;
    }).sum();

    @Test
    void longPathIsShortenedInTheMiddleKeepingMoreOfTheEnd() {
        LabelFit fit = new LabelFit(MONO, 1, 0);
        assertEquals(Optional.of("vul…core.h"), fit.middleEllipsis("vulkan/vulkan_core.h", 10));
    }

    @Test
    void textThatFitsIsLeftAlone() {
        LabelFit fit = new LabelFit(MONO, 1, 0);
        assertEquals(Optional.of("vulkan/vulkan_core.h"), fit.middleEllipsis("vulkan/vulkan_core.h", 20));
    }

    @Test
    void shortenedTextIsTheLongestThatFits() {
        LabelFit fit = new LabelFit(PROPORTIONAL, 12, 0);
        String path = "third_party/llvm/include/llvm/ADT/SmallVector.h";
        for (double width = 10; width < PROPORTIONAL.applyAsDouble(path); width += 1) {
            Optional<String> shown = fit.middleEllipsis(path, width);
            if (shown.isEmpty()) {
                // Nothing fits: not even the last character with the ellipsis.
                assertTrue(PROPORTIONAL.applyAsDouble("…h") > width, "gave up too early at " + width);
                continue;
            }
            String s = shown.get();
            assertTrue(PROPORTIONAL.applyAsDouble(s) <= width, s + " is wider than " + width);
            int kept = s.length() - 1;
            int head = s.indexOf('…');
            assertEquals(kept / 3, head, "one third of the kept characters come from the start: " + s);
            assertTrue(path.startsWith(s.substring(0, head)) && path.endsWith(s.substring(head + 1)), s);
            int longerHead = (kept + 1) / 3;
            String oneMore = path.substring(0, longerHead) + "…"
                    + path.substring(path.length() - (kept + 1 - longerHead));
            assertTrue(PROPORTIONAL.applyAsDouble(oneMore) > width, "could have kept more than " + s);
        }
    }

    @Test
    void nothingFitsWhenNotEvenOneCharacterAndTheEllipsisDo() {
        LabelFit fit = new LabelFit(MONO, 1, 0);
        assertEquals(Optional.empty(), fit.middleEllipsis("vulkan.h", 1.5));
        assertEquals(Optional.of("…h"), fit.middleEllipsis("vulkan.h", 2));
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        LabelFit fit = new LabelFit(MONO, 1, 0);
        String text = "\uD83D\uDCE6pkg/\uD83D\uDCE6\uD83D\uDCE6.h";
        for (int width = 2; width < 10; width++) {
            String s = fit.middleEllipsis(text, width).orElseThrow();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertTrue(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(++i)), s);
                } else {
                    assertFalse(Character.isLowSurrogate(c), "lone low surrogate in " + s);
                }
            }
        }
    }

    @Test
    void measuresLogarithmicallyManyTimes() {
        AtomicInteger calls = new AtomicInteger();
        LabelFit fit = new LabelFit(s -> {
            calls.incrementAndGet();
            return MONO.applyAsDouble(s);
        }, 1, 0);
        fit.middleEllipsis("x".repeat(1024), 100);
        assertTrue(calls.get() <= 1 + 11, calls.get() + " measurements for 1024 characters");
    }

    @Test
    void labelIsPlacedTopLeftInsideThePadding() {
        LabelFit fit = new LabelFit(PROPORTIONAL, 12, 2);
        Placement placement = fit.fit("io.h", new Rect(100, 50, 80, 30)).orElseThrow();
        assertEquals(new Placement("io.h", 102, 52, 18, 12, false), placement);
    }

    @Test
    void labelTooWideForTheTileIsTruncatedToTheInnerWidth() {
        LabelFit fit = new LabelFit(MONO, 1, 1);
        Placement placement = fit.fit("vulkan/vulkan_core.h", new Rect(0, 0, 12, 3)).orElseThrow();
        assertEquals("vul…core.h", placement.text());
        assertEquals(10.0, placement.width());
        assertTrue(placement.truncated());
    }

    @Test
    void noLabelInATileShorterThanALine() {
        LabelFit fit = new LabelFit(MONO, 12, 2);
        assertEquals(Optional.empty(), fit.fit("a.h", new Rect(0, 0, 100, 15.9)));
        assertTrue(fit.fit("a.h", new Rect(0, 0, 100, 16)).isPresent());
    }

    @Test
    void noLabelInATileTooNarrowForOneCharacter() {
        LabelFit fit = new LabelFit(MONO, 1, 1);
        assertEquals(Optional.empty(), fit.fit("vulkan.h", new Rect(0, 0, 3.5, 10)));
    }

    @Test
    void emptyTextGetsNoLabel() {
        assertEquals(Optional.empty(), new LabelFit(MONO, 1, 0).fit("", new Rect(0, 0, 10, 10)));
    }

    @Test
    void rejectsNonPositiveLineHeightAndNegativePadding() {
        assertThrows(IllegalArgumentException.class, () -> new LabelFit(MONO, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LabelFit(MONO, 1, -1));
    }
}
