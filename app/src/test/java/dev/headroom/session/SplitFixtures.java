// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small trees for header splits: a header, its includers, written into a test's folder. */
final class SplitFixtures {
    private SplitFixtures() {
    }

    /** {@code include/colours.h} (guarded, in namespace gfx) with {@code src/paint.cpp} and {@code src/pick.cpp}. */
    static Path colours(Path dir) throws IOException {
        return tree(dir.resolve("colours"), """
                // colours.h: colour types and conversions.
                #ifndef GFX_COLOURS_H
                #define GFX_COLOURS_H

                namespace gfx {

                struct rgb {
                    float r, g, b;
                };

                inline rgb mix(rgb a, rgb b, float t) {
                    return rgb{a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
                }

                struct hsv {
                    float h, s, v;
                };

                // Hue in turns.
                inline hsv to_hsv(rgb c) {
                    return hsv{c.r, c.g, c.b};
                }

                }  // namespace gfx

                #endif  // GFX_COLOURS_H
                """);
    }

    /**
     * A tree with {@code include/colours.h} holding {@code header}, a {@code src/paint.cpp} using {@code gfx::mix}
     * and a {@code src/pick.cpp} using {@code gfx::to_hsv}.
     */
    static Path tree(Path root, String header) throws IOException {
        Files.createDirectories(root.resolve("include"));
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("include/colours.h"), header);
        Files.writeString(root.resolve("include/extra.h"), """
                #pragma once
                #define GFX_DECLARE(name) struct name { float v; };
                struct extra {
                    int id;
                };
                """);
        Files.writeString(root.resolve("src/paint.cpp"), """
                #include "colours.h"

                gfx::rgb blend(gfx::rgb a, gfx::rgb b) { return gfx::mix(a, b, 0.5f); }
                """);
        Files.writeString(root.resolve("src/pick.cpp"), """
                #include "colours.h"

                float hue(gfx::rgb c) { return gfx::to_hsv(c).h; }
                """);
        return root;
    }
}
