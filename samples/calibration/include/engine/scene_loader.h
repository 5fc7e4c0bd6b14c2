// SPDX-License-Identifier: Apache-2.0
// A single-header scene loader in the style of stb and cgltf: declarations always, the implementation when
// SCENE_LOADER_IMPLEMENTATION is defined before the include. Its implementation reads JSON with nlohmann::json,
// so a header that compiles the implementation instantiates much of the JSON library (calibration corpus).
#ifndef SCENE_LOADER_H
#define SCENE_LOADER_H

#include <string>
#include <vector>

namespace scene {

struct Vec3 {
    float x = 0, y = 0, z = 0;
};

struct Node {
    std::string name;
    Vec3 translation;
    Vec3 scale{1, 1, 1};
    std::vector<int> children;
    int mesh = -1;
};

struct Material {
    std::string name;
    float base_color[4] = {1, 1, 1, 1};
    float metallic = 0, roughness = 1;
    std::string texture;
};

struct Scene {
    std::vector<Node> nodes;
    std::vector<Material> materials;
    std::vector<std::string> meshes;
};

bool load_scene(const std::string& json_text, Scene& out, std::string* error);
std::string save_scene(const Scene& scene);

} // namespace scene

#endif

#ifdef SCENE_LOADER_IMPLEMENTATION
#ifndef SCENE_LOADER_IMPLEMENTED
#define SCENE_LOADER_IMPLEMENTED

#include <map>
#include <nlohmann/json.hpp>

namespace scene {
namespace detail {

inline Vec3 vec3_of(const nlohmann::json& j, Vec3 fallback) {
    if (!j.is_array() || j.size() != 3) {
        return fallback;
    }
    return Vec3{j[0].get<float>(), j[1].get<float>(), j[2].get<float>()};
}

inline nlohmann::json json_of(const Vec3& v) {
    return nlohmann::json::array({v.x, v.y, v.z});
}

} // namespace detail

inline bool load_scene(const std::string& json_text, Scene& out, std::string* error) {
    nlohmann::json doc = nlohmann::json::parse(json_text, nullptr, false);
    if (doc.is_discarded()) {
        if (error) *error = "not JSON";
        return false;
    }
    for (const auto& n : doc.value("nodes", nlohmann::json::array())) {
        Node node;
        node.name = n.value("name", std::string());
        node.translation = detail::vec3_of(n.value("translation", nlohmann::json()), Vec3{});
        node.scale = detail::vec3_of(n.value("scale", nlohmann::json()), Vec3{1, 1, 1});
        node.children = n.value("children", std::vector<int>());
        node.mesh = n.value("mesh", -1);
        out.nodes.push_back(std::move(node));
    }
    for (const auto& m : doc.value("materials", nlohmann::json::array())) {
        Material mat;
        mat.name = m.value("name", std::string());
        auto color = m.value("baseColorFactor", std::vector<float>{1, 1, 1, 1});
        for (size_t i = 0; i < 4 && i < color.size(); ++i) mat.base_color[i] = color[i];
        mat.metallic = m.value("metallicFactor", 0.0f);
        mat.roughness = m.value("roughnessFactor", 1.0f);
        mat.texture = m.value("texture", std::string());
        out.materials.push_back(std::move(mat));
    }
    std::map<std::string, int> seen;
    for (const auto& mesh : doc.value("meshes", nlohmann::json::array())) {
        std::string name = mesh.get<std::string>();
        if (seen.emplace(name, static_cast<int>(out.meshes.size())).second) {
            out.meshes.push_back(name);
        }
    }
    return true;
}

inline std::string save_scene(const Scene& scene) {
    nlohmann::json doc;
    for (const Node& n : scene.nodes) {
        doc["nodes"].push_back({{"name", n.name}, {"translation", detail::json_of(n.translation)},
                {"scale", detail::json_of(n.scale)}, {"children", n.children}, {"mesh", n.mesh}});
    }
    for (const Material& m : scene.materials) {
        doc["materials"].push_back({{"name", m.name},
                {"baseColorFactor", {m.base_color[0], m.base_color[1], m.base_color[2], m.base_color[3]}},
                {"metallicFactor", m.metallic}, {"roughnessFactor", m.roughness}, {"texture", m.texture}});
    }
    doc["meshes"] = scene.meshes;
    return doc.dump(2);
}

} // namespace scene

#endif
#endif
