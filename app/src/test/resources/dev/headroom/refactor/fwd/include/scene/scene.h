// The scene names meshes only through pointers, references and declarations.
#ifndef SCENE_SCENE_H
#define SCENE_SCENE_H

#include "mesh.h"

namespace scene {

struct Node {
    const gfx::Mesh* mesh = nullptr;
    gfx::Pool<float, 4>* pool = nullptr;
    gfx::detail::Cache* cache = nullptr;
    Node* next = nullptr;
};

int vertices(const gfx::Mesh& mesh);
void draw(const Node& node, const gfx::Mode& mode);
gfx::Mesh* find(Node* first, const char* name);

}  // namespace scene

#endif
