// SPDX-License-Identifier: Apache-2.0
// The build's training run for the class-data / AOT archive parses this header (app/pom.xml, "train-archive"):
// a C include, a namespace, a class with inline members, a template and a macro, so the archive holds the classes
// a one-line header and a usual project header load. Keep it small: it runs on every build.
#include <stdint.h>

#define TRAINING_SQUARE(x) ((x) * (x))

namespace training {
struct point {
    int32_t x = 0;
    int32_t y = 0;
    int64_t norm() const { return TRAINING_SQUARE(int64_t{x}) + TRAINING_SQUARE(int64_t{y}); }
};

template <typename T>
T clamp(T v, T lo, T hi) { return v < lo ? lo : (hi < v ? hi : v); }

inline int64_t area(const point& a, const point& b) { return clamp<int64_t>(a.norm() - b.norm(), 0, 1 << 20); }
}  // namespace training
