// Reaches the scene through the camera and only follows pointers.
#include "scene/camera.h"

float zoom(const scene::Camera& camera) {
    return camera.target != nullptr && camera.target->next == nullptr ? camera.fov : camera.fov / 2;
}
