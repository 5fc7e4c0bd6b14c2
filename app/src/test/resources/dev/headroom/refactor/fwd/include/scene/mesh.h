// A mesh and what it is drawn with: the heavy header the scene only points to.
#pragma once
#include <vector>

#define MESH_MAX_VERTICES 65536

namespace gfx {
struct Vertex {
    float x, y, z;
};

class Mesh {
public:
    std::vector<Vertex> vertices;
    int count() const { return static_cast<int>(vertices.size()); }
};

template <typename T, int N>
class Pool {
public:
    T items[N];
};

enum class Mode : unsigned char { Solid, Wire };

namespace detail {
struct Cache {
    int hits;
};
}  // namespace detail
}  // namespace gfx
