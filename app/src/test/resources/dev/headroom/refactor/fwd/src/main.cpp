// Builds a node: needs the mesh complete, and never includes mesh.h itself.
#include "scene/camera.h"

int main() {
    gfx::Mesh mesh;
    mesh.vertices.push_back(gfx::Vertex{1, 2, 3});
    scene::Node node;
    node.mesh = &mesh;
    scene::draw(node, gfx::Mode::Wire);
    return scene::vertices(mesh) > 0 && MESH_MAX_VERTICES > 1 ? 0 : 1;
}
