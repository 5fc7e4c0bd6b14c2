// SPDX-License-Identifier: Apache-2.0
// sdf_engine.hpp: public API of the vybe SDF engine (Vulkan renderer, SDF scene graph, ImGui debug panels).
//
// This is the heavy hub of the sample workspace: one include brings in Vulkan, Dear ImGui with its Vulkan
// backend, a handful of standard containers and the engine math header. Declarations only, apart from a few
// small inline helpers and one class template.
#pragma once

#include <vulkan/vulkan.h>
#include <imgui.h>
#include <imgui_impl_vulkan.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "vybe/vybe_sdf_math.h"

namespace vybe::sdf::engine {

class engine;
class renderer;
class scene_graph;
struct sdf_node;

using node_id = std::uint32_t;
inline constexpr node_id k_no_node = 0xffffffffu;
inline constexpr std::uint32_t k_max_frames_in_flight = 3;

/// Timings and counters for one frame; the stats panel keeps a history of these.
struct frame_stats {
    std::uint64_t frame_index = 0;
    double cpu_ms = 0.0;
    double gpu_ms = 0.0;
    std::uint32_t draw_calls = 0;
    std::uint32_t scene_nodes = 0;
    float average_march_steps = 0.0f;
    std::size_t scene_buffer_bytes = 0;
};

/// Every Vulkan handle the engine owns, in creation order.
struct vulkan_context {
    VkInstance instance = VK_NULL_HANDLE;
    VkDebugUtilsMessengerEXT debug_messenger = VK_NULL_HANDLE;
    VkSurfaceKHR surface = VK_NULL_HANDLE;
    VkPhysicalDevice physical_device = VK_NULL_HANDLE;
    VkDevice device = VK_NULL_HANDLE;
    std::uint32_t graphics_queue_family = 0;
    VkQueue graphics_queue = VK_NULL_HANDLE;
    VkSwapchainKHR swapchain = VK_NULL_HANDLE;
    VkFormat swapchain_format = VK_FORMAT_B8G8R8A8_UNORM;
    VkExtent2D swapchain_extent{0, 0};
    std::vector<VkImage> swapchain_images;
    std::vector<VkImageView> swapchain_views;
    std::vector<VkFramebuffer> framebuffers;
    VkRenderPass render_pass = VK_NULL_HANDLE;
    VkPipelineCache pipeline_cache = VK_NULL_HANDLE;
    VkDescriptorPool descriptor_pool = VK_NULL_HANDLE;
    VkCommandPool command_pool = VK_NULL_HANDLE;
    VkPhysicalDeviceProperties device_properties{};
};

/// How a scene node combines with its children.
enum class node_kind : std::uint8_t {
    primitive,
    group_union,
    group_subtract,
    group_intersect,
    group_smooth_union,
    transform,
    repeat,
};

/// One node of the SDF scene graph. Primitive parameters are packed into a vec4 so the GPU layout is flat.
struct sdf_node {
    node_kind kind = node_kind::primitive;
    shape_kind shape = shape_kind::sphere;
    vec4 params{1.0f, 0.0f, 0.0f, 0.0f};
    vec3 position{0.0f, 0.0f, 0.0f};
    quat orientation{0.0f, 0.0f, 0.0f, 1.0f};
    float blend = 0.0f;
    std::uint32_t material_id = 0;
    node_id parent = k_no_node;
    std::vector<node_id> children;
    std::string name;
};

/// GPU-side mirror of one node (std430 layout).
struct gpu_node {
    vec4 params;
    vec4 position_blend;
    quat orientation;
    std::uint32_t kind_shape;
    std::uint32_t material_id;
    std::uint32_t first_child;
    std::uint32_t child_count;
};

/// Fixed-capacity history of samples, newest last; used for frame-time graphs.
template <typename T, std::size_t Capacity>
class ring_history {
public:
    void push(T value) noexcept {
        samples_[head_] = value;
        head_ = (head_ + 1) % Capacity;
        if (count_ < Capacity) {
            ++count_;
        }
    }

    std::size_t size() const noexcept { return count_; }

    T latest() const noexcept { return count_ == 0 ? T{} : samples_[(head_ + Capacity - 1) % Capacity]; }

    T average() const noexcept {
        T sum{};
        for (std::size_t i = 0; i < count_; ++i) {
            sum += samples_[i];
        }
        return count_ == 0 ? T{} : sum / static_cast<T>(count_);
    }

    /// Copies the samples oldest-first into a contiguous buffer, the shape ImGui::PlotLines wants.
    std::array<T, Capacity> ordered() const noexcept {
        std::array<T, Capacity> out{};
        const std::size_t start = (head_ + Capacity - count_) % Capacity;
        for (std::size_t i = 0; i < count_; ++i) {
            out[i] = samples_[(start + i) % Capacity];
        }
        return out;
    }

private:
    std::array<T, Capacity> samples_{};
    std::size_t head_ = 0;
    std::size_t count_ = 0;
};

/// The SDF scene: a flat node array with parent/child links and a name index.
class scene_graph {
public:
    node_id add_node(sdf_node node);
    void remove_node(node_id id);
    void set_parent(node_id child, node_id parent);
    sdf_node* find(node_id id) noexcept;
    const sdf_node* find(node_id id) const noexcept;
    std::optional<node_id> find_by_name(const std::string& name) const;
    node_id root() const noexcept { return root_; }
    std::size_t size() const noexcept { return nodes_.size(); }

    /// Distance from p to the scene surface, evaluated on the CPU (picking, collision, tests).
    float evaluate(vec3 p) const;
    sdf_hit pick(const ray& r, const march_settings& settings) const;
    aabb bounds(node_id id) const;
    void visit(const std::function<void(node_id, const sdf_node&, int depth)>& visitor) const;

    /// Flattens the graph into depth-first GPU order.
    std::vector<gpu_node> flatten() const;
    bool dirty() const noexcept { return dirty_; }
    void mark_clean() noexcept { dirty_ = false; }

private:
    std::vector<sdf_node> nodes_;
    std::vector<node_id> free_list_;
    std::unordered_map<std::string, node_id> by_name_;
    node_id root_ = k_no_node;
    bool dirty_ = true;
};

/// A mapped storage buffer plus its memory.
struct gpu_buffer {
    VkBuffer buffer = VK_NULL_HANDLE;
    VkDeviceMemory memory = VK_NULL_HANDLE;
    VkDeviceSize size = 0;
    void* mapped = nullptr;
};

/// Per-frame uniforms shared by the ray-march pass.
struct frame_uniforms {
    mat4 view;
    mat4 projection;
    mat4 inverse_view_projection;
    vec4 camera_position;
    vec4 sun_direction;
    vec4 resolution_time;
    march_settings march;
};

/// Full-screen ray-march renderer: one graphics pipeline that marches the flattened scene in the fragment shader.
class renderer {
public:
    explicit renderer(const vulkan_context& context);
    ~renderer();
    renderer(const renderer&) = delete;
    renderer& operator=(const renderer&) = delete;

    bool create_pipelines(const std::string& shader_directory);
    void destroy_pipelines();
    void upload_scene(const scene_graph& scene);
    void update_uniforms(std::uint32_t frame, const frame_uniforms& uniforms);
    void record(VkCommandBuffer cmd, std::uint32_t frame, std::uint32_t image_index);
    void resize(VkExtent2D extent);
    void set_tonemap(tonemap_op op) noexcept { tonemap_ = op; }
    tonemap_op tonemap() const noexcept { return tonemap_; }
    VkPipeline march_pipeline() const noexcept { return march_pipeline_; }

private:
    const vulkan_context& context_;
    VkDescriptorSetLayout set_layout_ = VK_NULL_HANDLE;
    VkPipelineLayout pipeline_layout_ = VK_NULL_HANDLE;
    VkPipeline march_pipeline_ = VK_NULL_HANDLE;
    VkShaderModule vertex_module_ = VK_NULL_HANDLE;
    VkShaderModule fragment_module_ = VK_NULL_HANDLE;
    std::array<VkDescriptorSet, k_max_frames_in_flight> frame_sets_{};
    std::array<gpu_buffer, k_max_frames_in_flight> uniform_buffers_{};
    gpu_buffer scene_buffer_;
    VkExtent2D extent_{0, 0};
    tonemap_op tonemap_ = tonemap_op::aces_fit;
};

/// A window in the ImGui debug overlay.
class debug_panel {
public:
    virtual ~debug_panel() = default;
    virtual const char* title() const = 0;
    virtual void draw(engine& e) = 0;
    bool visible = true;
};

class stats_panel final : public debug_panel {
public:
    const char* title() const override { return "Frame stats"; }
    void draw(engine& e) override;

private:
    ring_history<float, 240> cpu_ms_;
    ring_history<float, 240> gpu_ms_;
};

class scene_panel final : public debug_panel {
public:
    const char* title() const override { return "Scene graph"; }
    void draw(engine& e) override;

private:
    node_id selected_ = k_no_node;
    char filter_[64] = {};
};

class material_panel final : public debug_panel {
public:
    const char* title() const override { return "Materials"; }
    void draw(engine& e) override;

private:
    std::vector<material> edited_;
};

/// Start-up options; on iOS the extent comes from the CAMetalLayer via MoltenVK.
struct engine_config {
    std::string app_name = "vybe-sdf";
    VkExtent2D extent{1170, 2532};
    bool enable_validation = false;
    std::uint32_t frames_in_flight = 2;
    march_settings march{128u, 100.0f, 1.0e-4f, 1.2f};
    ImVec4 clear_color{0.05f, 0.05f, 0.08f, 1.0f};
    std::vector<const char*> instance_extensions;
};

/// Owns the Vulkan context, the renderer, the scene and the debug UI, and drives the frame loop.
class engine {
public:
    using frame_callback = std::function<void(engine&, float delta_seconds)>;

    explicit engine(engine_config config);
    ~engine();
    engine(const engine&) = delete;
    engine& operator=(const engine&) = delete;

    bool init(VkSurfaceKHR surface);
    void shutdown();
    bool begin_frame();
    void end_frame();
    void draw_debug_ui();
    void on_frame(frame_callback callback);

    void add_panel(std::unique_ptr<debug_panel> panel);
    debug_panel* panel(const std::string& title) noexcept;

    scene_graph& scene() noexcept { return scene_; }
    const scene_graph& scene() const noexcept { return scene_; }
    renderer& gfx() noexcept { return *renderer_; }
    const frame_stats& stats() const noexcept { return stats_; }
    const vulkan_context& vulkan() const noexcept { return vk_; }
    const engine_config& config() const noexcept { return config_; }

    /// Fills ImGui's Vulkan backend init block from the engine's handles.
    ImGui_ImplVulkan_InitInfo imgui_init_info() const;

private:
    bool create_device();
    bool create_swapchain();
    bool create_sync_objects();
    void recreate_swapchain();

    engine_config config_;
    vulkan_context vk_;
    std::unique_ptr<renderer> renderer_;
    scene_graph scene_;
    std::vector<std::unique_ptr<debug_panel>> panels_;
    std::vector<frame_callback> callbacks_;
    std::vector<VkCommandBuffer> command_buffers_;
    std::vector<VkFence> in_flight_;
    std::vector<VkSemaphore> image_available_;
    std::vector<VkSemaphore> render_finished_;
    std::uint32_t current_frame_ = 0;
    std::uint32_t image_index_ = 0;
    frame_stats stats_;
    ImGuiContext* imgui_ = nullptr;
};

std::unique_ptr<engine> make_engine(engine_config config);
std::string describe(const sdf_node& node);
const char* to_string(node_kind kind) noexcept;

inline bool vk_ok(VkResult result) noexcept {
    return result == VK_SUCCESS;
}

inline float aspect_ratio(VkExtent2D extent) noexcept {
    return extent.height == 0 ? 1.0f : static_cast<float>(extent.width) / static_cast<float>(extent.height);
}

inline ImVec2 to_imgui(vec2 v) {
    return ImVec2(v.x, v.y);
}

inline ImVec4 to_imgui(vec4 v) {
    return ImVec4(v.x, v.y, v.z, v.w);
}

inline VkClearColorValue to_clear_color(const ImVec4& c) noexcept {
    VkClearColorValue value{};
    value.float32[0] = c.x;
    value.float32[1] = c.y;
    value.float32[2] = c.z;
    value.float32[3] = c.w;
    return value;
}

} // namespace vybe::sdf::engine
