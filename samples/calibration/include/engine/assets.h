// SPDX-License-Identifier: Apache-2.0
// A game engine's asset header that compiles the scene loader's implementation in the header, as engines often do
// with single-header libraries (calibration corpus: the include Headroom must rank first, at its real cost).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#define SCENE_LOADER_IMPLEMENTATION
#include "scene_loader.h"

namespace engine {

class AssetCache {
public:
    std::shared_ptr<scene::Scene> scene(const std::string& path, const std::string& text) {
        auto it = scenes_.find(path);
        if (it != scenes_.end()) {
            return it->second;
        }
        auto loaded = std::make_shared<scene::Scene>();
        std::string error;
        if (!scene::load_scene(text, *loaded, &error)) {
            return nullptr;
        }
        scenes_.emplace(path, loaded);
        return loaded;
    }

private:
    std::unordered_map<std::string, std::shared_ptr<scene::Scene>> scenes_;
};

} // namespace engine
