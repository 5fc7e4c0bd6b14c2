// Includes the scene and needs nothing from meshes itself.
#pragma once
#include "scene.h"

namespace scene {
struct Camera {
    Node* target = nullptr;
    float fov = 60.0f;
};
}  // namespace scene
