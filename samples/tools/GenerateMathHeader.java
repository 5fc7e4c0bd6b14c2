// SPDX-License-Identifier: Apache-2.0

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Generates {@code vybe_sdf_math.h}, the engine math header of the {@code samples/vybe-sdf} workspace.
 *
 * <p>The header stands in for the real engine's math header: plain structs, two enums, constants and exactly
 * <b>281 inline function definitions</b>. Every definition is a namespace-scope {@code inline} function inside
 * {@code namespace vybe { namespace sdf { ... } }}; there are no member functions, constructors, lambdas or
 * templates, so "281 inline function definitions" means the same thing to clang, to CDT and to a grep. Each
 * definition, and nothing else, starts a line with {@code inline }, so
 * {@code grep -c '^inline ' vybe_sdf_math.h} prints 281. The program refuses to write a header with any other
 * count.
 *
 * <p>The output is deterministic (no timestamps, LF line endings, UTF-8) and is written atomically: to a
 * temporary file beside the target, then moved over it.
 *
 * <p>Usage (JDK 21, single-file source launcher):
 * <pre>{@code $JAVA_HOME/bin/java samples/tools/GenerateMathHeader.java samples/vybe-sdf/include/vybe/vybe_sdf_math.h}</pre>
 */
public final class GenerateMathHeader {

    /** The number of inline function definitions the header must contain; tests and docs rely on it. */
    static final int EXPECTED_FUNCTIONS = 281;

    private GenerateMathHeader() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java GenerateMathHeader.java <output vybe_sdf_math.h>");
            System.exit(2);
        }
        Header header = new Header();
        writeHeader(header);
        if (header.functions() != EXPECTED_FUNCTIONS) {
            throw new IllegalStateException(
                    "generated " + header.functions() + " inline functions, expected " + EXPECTED_FUNCTIONS);
        }
        Path target = Path.of(args[0]).toAbsolutePath();
        writeAtomically(target, header.text());
        System.err.println("wrote " + target + " (" + header.functions() + " inline functions)");
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Accumulates the header text and counts the inline function definitions emitted through {@link #fn}. */
    private static final class Header {
        private final StringBuilder out = new StringBuilder();
        private int functions;

        void line(String text) {
            out.append(text).append('\n');
        }

        void blank() {
            out.append('\n');
        }

        void section(String title) {
            line("// " + title);
            line("// " + "-".repeat(title.length()));
            blank();
        }

        /** Emits {@code inline <signature> { <body> }}, indenting each body line by four spaces. */
        void fn(String signature, String body) {
            functions++;
            line("inline " + signature + " {");
            for (String bodyLine : body.stripTrailing().split("\n", -1)) {
                line(bodyLine.isBlank() ? "" : "    " + bodyLine);
            }
            line("}");
            blank();
        }

        int functions() {
            return functions;
        }

        String text() {
            return out.toString();
        }
    }

    /** A vector struct and its component names; per-type operations are generated from the components. */
    private record Vec(String name, List<String> components) {
        String ctor(Function<String, String> component) {
            return name + "{" + components.stream().map(component).collect(Collectors.joining(", ")) + "}";
        }

        String sum(Function<String, String> term) {
            return components.stream().map(term).collect(Collectors.joining(" + "));
        }

        String params(String type) {
            return components.stream().map(c -> type + " " + c).collect(Collectors.joining(", "));
        }

        /** Folds the components with a binary function: {@code f(f(v.x, v.y), v.z)}. */
        String fold(String function, String var) {
            String acc = var + "." + components.get(0);
            for (String c : components.subList(1, components.size())) {
                acc = function + "(" + acc + ", " + var + "." + c + ")";
            }
            return acc;
        }

        int size() {
            return components.size();
        }
    }

    private static final Vec VEC2 = new Vec("vec2", List.of("x", "y"));
    private static final Vec VEC3 = new Vec("vec3", List.of("x", "y", "z"));
    private static final Vec VEC4 = new Vec("vec4", List.of("x", "y", "z", "w"));

    private static void writeHeader(Header h) {
        h.line("// SPDX-License-Identifier: Apache-2.0");
        h.line("// vybe_sdf_math.h: vector, matrix, quaternion and signed-distance-field math for the vybe SDF engine.");
        h.line("// GENERATED by samples/tools/GenerateMathHeader.java. Do not edit; regenerate instead.");
        h.line("// " + EXPECTED_FUNCTIONS + " inline function definitions, all at namespace scope in vybe::sdf.");
        h.line("#pragma once");
        h.line("#ifndef VYBE_SDF_MATH_H");
        h.line("#define VYBE_SDF_MATH_H");
        h.blank();
        h.line("#include <cmath>");
        h.line("#include <cstdint>");
        h.blank();
        h.line("namespace vybe {");
        h.line("namespace sdf {");
        h.blank();
        types(h);
        scalars(h);
        for (Vec v : List.of(VEC2, VEC3, VEC4)) {
            vectorOps(h, v);
        }
        vec2Extras(h);
        vec3Extras(h);
        vec4Extras(h);
        mat3Ops(h);
        mat4Ops(h);
        quatOps(h);
        rayAndBounds(h);
        primitives(h);
        operators(h);
        domainOps(h);
        noise(h);
        colour(h);
        easing(h);
        materials(h);
        rayMarching(h);
        h.line("} // namespace sdf");
        h.line("} // namespace vybe");
        h.blank();
        h.line("#endif // VYBE_SDF_MATH_H");
    }

    private static void types(Header h) {
        h.section("Constants, enums and plain data");
        h.line("constexpr float k_pi = 3.14159265358979323846f;");
        h.line("constexpr float k_two_pi = 6.28318530717958647692f;");
        h.line("constexpr float k_half_pi = 1.57079632679489661923f;");
        h.line("constexpr float k_epsilon = 1.0e-6f;");
        h.line("constexpr float k_surface_epsilon = 1.0e-4f;");
        h.line("constexpr float k_far_plane = 1000.0f;");
        h.line("constexpr std::uint32_t k_max_march_steps = 256u;");
        h.blank();
        h.line("enum class shape_kind : std::uint8_t {");
        h.line("    sphere, box, round_box, torus, capsule, cylinder, cone, plane, hex_prism, ellipsoid, menger, mandelbulb");
        h.line("};");
        h.blank();
        h.line("enum class tonemap_op : std::uint8_t { none, reinhard, reinhard_extended, aces_fit };");
        h.blank();
        for (Vec v : List.of(VEC2, VEC3, VEC4)) {
            h.line("struct " + v.name() + " {");
            h.line("    float " + String.join(", ", v.components()) + ";");
            h.line("};");
            h.blank();
        }
        h.line("// Column-major: element (col, row) lives at m[col * 3 + row].");
        h.line("struct mat3 {");
        h.line("    float m[9];");
        h.line("};");
        h.blank();
        h.line("// Column-major: element (col, row) lives at m[col * 4 + row].");
        h.line("struct mat4 {");
        h.line("    float m[16];");
        h.line("};");
        h.blank();
        h.line("struct quat {");
        h.line("    float x, y, z, w;");
        h.line("};");
        h.blank();
        h.line("struct ray {");
        h.line("    vec3 origin;");
        h.line("    vec3 dir;");
        h.line("};");
        h.blank();
        h.line("struct aabb {");
        h.line("    vec3 lo;");
        h.line("    vec3 hi;");
        h.line("};");
        h.blank();
        h.line("struct material {");
        h.line("    vec3 albedo;");
        h.line("    float roughness;");
        h.line("    float metallic;");
        h.line("    vec3 emission;");
        h.line("    std::uint32_t id;");
        h.line("};");
        h.blank();
        h.line("struct sdf_hit {");
        h.line("    float t;");
        h.line("    float distance;");
        h.line("    std::int32_t steps;");
        h.line("    std::uint32_t material_id;");
        h.line("    bool hit;");
        h.line("};");
        h.blank();
        h.line("struct march_settings {");
        h.line("    std::uint32_t max_steps;");
        h.line("    float max_distance;");
        h.line("    float epsilon;");
        h.line("    float relaxation;");
        h.line("};");
        h.blank();
        h.line("struct light {");
        h.line("    vec3 direction;");
        h.line("    vec3 color;");
        h.line("    float intensity;");
        h.line("};");
        h.blank();
        h.line("// A scene is a distance function plus an opaque user pointer, so marching needs no templates.");
        h.line("using scene_fn = float (*)(vec3 p, const void* user);");
        h.blank();
    }

    private static void scalars(Header h) {
        h.section("Scalar helpers");
        h.fn("float clampf(float x, float lo, float hi)", "return x < lo ? lo : (x > hi ? hi : x);");
        h.fn("float saturate(float x)", "return clampf(x, 0.0f, 1.0f);");
        h.fn("float lerpf(float a, float b, float t)", "return a + (b - a) * t;");
        h.fn("float inverse_lerp(float a, float b, float x)", """
                const float span = b - a;
                if (std::fabs(span) < k_epsilon) {
                    return 0.0f;
                }
                return (x - a) / span;""");
        h.fn("float remap(float x, float in_lo, float in_hi, float out_lo, float out_hi)",
                "return lerpf(out_lo, out_hi, inverse_lerp(in_lo, in_hi, x));");
        h.fn("float smoothstepf(float edge0, float edge1, float x)", """
                const float t = saturate((x - edge0) / (edge1 - edge0));
                return t * t * (3.0f - 2.0f * t);""");
        h.fn("float smootherstepf(float edge0, float edge1, float x)", """
                const float t = saturate((x - edge0) / (edge1 - edge0));
                return t * t * t * (t * (t * 6.0f - 15.0f) + 10.0f);""");
        h.fn("float stepf(float edge, float x)", "return x < edge ? 0.0f : 1.0f;");
        h.fn("float signf(float x)", "return x > 0.0f ? 1.0f : (x < 0.0f ? -1.0f : 0.0f);");
        h.fn("float fractf(float x)", "return x - std::floor(x);");
        h.fn("float mod_positive(float x, float y)", """
                const float r = std::fmod(x, y);
                return r < 0.0f ? r + y : r;""");
        h.fn("float radians(float degrees)", "return degrees * (k_pi / 180.0f);");
        h.fn("float degrees(float radians)", "return radians * (180.0f / k_pi);");
        h.fn("bool approx_equal(float a, float b, float eps)", "return std::fabs(a - b) <= eps;");
        h.fn("float wrap_angle(float angle)", """
                float a = mod_positive(angle + k_pi, k_two_pi);
                if (a < 0.0f) {
                    a += k_two_pi;
                }
                return a - k_pi;""");
    }

    private static void vectorOps(Header h, Vec v) {
        String t = v.name();
        String n = String.valueOf(v.size());
        h.section(t + " arithmetic");
        h.fn(t + " make_" + t + "(" + v.params("float") + ")", "return " + v.ctor(c -> c) + ";");
        h.fn(t + " splat" + n + "(float s)", "return " + v.ctor(c -> "s") + ";");
        for (String[] op : new String[][] {{"add", "+"}, {"sub", "-"}, {"mul", "*"}, {"div", "/"}}) {
            h.fn(t + " " + op[0] + "(" + t + " a, " + t + " b)",
                    "return " + v.ctor(c -> "a." + c + " " + op[1] + " b." + c) + ";");
        }
        h.fn(t + " scale(" + t + " v, float s)", "return " + v.ctor(c -> "v." + c + " * s") + ";");
        h.fn(t + " neg(" + t + " v)", "return " + v.ctor(c -> "-v." + c) + ";");
        h.fn("float dot(" + t + " a, " + t + " b)", "return " + v.sum(c -> "a." + c + " * b." + c) + ";");
        h.fn("float length_sq(" + t + " v)", "return dot(v, v);");
        h.fn("float length(" + t + " v)", "return std::sqrt(length_sq(v));");
        h.fn("float distance(" + t + " a, " + t + " b)", "return length(sub(a, b));");
        h.fn(t + " normalize(" + t + " v)", """
                const float len = length(v);
                if (len <= k_epsilon) {
                    return %s;
                }
                return scale(v, 1.0f / len);""".formatted(v.ctor(c -> "0.0f")));
        h.fn(t + " lerp(" + t + " a, " + t + " b, float t)", "return add(a, scale(sub(b, a), t));");
        h.fn(t + " vmin(" + t + " a, " + t + " b)", "return " + v.ctor(c -> "std::fmin(a." + c + ", b." + c + ")") + ";");
        h.fn(t + " vmax(" + t + " a, " + t + " b)", "return " + v.ctor(c -> "std::fmax(a." + c + ", b." + c + ")") + ";");
        h.fn(t + " vabs(" + t + " v)", "return " + v.ctor(c -> "std::fabs(v." + c + ")") + ";");
        h.fn(t + " vfloor(" + t + " v)", "return " + v.ctor(c -> "std::floor(v." + c + ")") + ";");
        h.fn(t + " vfract(" + t + " v)", "return " + v.ctor(c -> "fractf(v." + c + ")") + ";");
        h.fn(t + " clamp(" + t + " v, float lo, float hi)", "return " + v.ctor(c -> "clampf(v." + c + ", lo, hi)") + ";");
        h.fn(t + " step(" + t + " edge, " + t + " v)", "return " + v.ctor(c -> "stepf(edge." + c + ", v." + c + ")") + ";");
        h.fn(t + " smoothstep(float edge0, float edge1, " + t + " v)",
                "return " + v.ctor(c -> "smoothstepf(edge0, edge1, v." + c + ")") + ";");
        h.fn("bool approx_equal(" + t + " a, " + t + " b, float eps)",
                "return " + v.components().stream().map(c -> "approx_equal(a." + c + ", b." + c + ", eps)")
                        .collect(Collectors.joining(" && ")) + ";");
        h.fn("float max_component(" + t + " v)", "return " + v.fold("std::fmax", "v") + ";");
        h.fn("float min_component(" + t + " v)", "return " + v.fold("std::fmin", "v") + ";");
    }

    private static void vec2Extras(Header h) {
        h.section("vec2 extras");
        h.fn("vec2 perp(vec2 v)", "return vec2{-v.y, v.x};");
        h.fn("float cross2(vec2 a, vec2 b)", "return a.x * b.y - a.y * b.x;");
        h.fn("vec2 rotate(vec2 v, float angle)", """
                const float c = std::cos(angle);
                const float s = std::sin(angle);
                return vec2{c * v.x - s * v.y, s * v.x + c * v.y};""");
        h.fn("float angle_of(vec2 v)", "return std::atan2(v.y, v.x);");
    }

    private static void vec3Extras(Header h) {
        h.section("vec3 extras");
        h.fn("vec3 cross(vec3 a, vec3 b)", "return vec3{a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};");
        h.fn("float triple(vec3 a, vec3 b, vec3 c)", "return dot(a, cross(b, c));");
        h.fn("vec3 reflect(vec3 incident, vec3 normal)", "return sub(incident, scale(normal, 2.0f * dot(normal, incident)));");
        h.fn("vec3 refract(vec3 incident, vec3 normal, float eta)", """
                const float cos_i = dot(normal, incident);
                const float k = 1.0f - eta * eta * (1.0f - cos_i * cos_i);
                if (k < 0.0f) {
                    return vec3{0.0f, 0.0f, 0.0f};
                }
                return sub(scale(incident, eta), scale(normal, eta * cos_i + std::sqrt(k)));""");
        h.fn("vec3 project_onto(vec3 v, vec3 onto)", """
                const float denom = length_sq(onto);
                if (denom <= k_epsilon) {
                    return vec3{0.0f, 0.0f, 0.0f};
                }
                return scale(onto, dot(v, onto) / denom);""");
        h.fn("vec3 any_perpendicular(vec3 v)", """
                const vec3 axis = std::fabs(v.x) < 0.9f ? vec3{1.0f, 0.0f, 0.0f} : vec3{0.0f, 1.0f, 0.0f};
                return normalize(cross(v, axis));""");
        h.fn("void orthonormal_basis(vec3 n, vec3* tangent, vec3* bitangent)", """
                const vec3 t = any_perpendicular(n);
                *tangent = t;
                *bitangent = cross(n, t);""");
        h.fn("vec2 xz(vec3 v)", "return vec2{v.x, v.z};");
        h.fn("vec2 xy(vec3 v)", "return vec2{v.x, v.y};");
        h.fn("vec3 rotate_x(vec3 v, float angle)", """
                const float c = std::cos(angle);
                const float s = std::sin(angle);
                return vec3{v.x, c * v.y - s * v.z, s * v.y + c * v.z};""");
        h.fn("vec3 rotate_y(vec3 v, float angle)", """
                const float c = std::cos(angle);
                const float s = std::sin(angle);
                return vec3{c * v.x + s * v.z, v.y, -s * v.x + c * v.z};""");
        h.fn("vec3 rotate_z(vec3 v, float angle)", """
                const float c = std::cos(angle);
                const float s = std::sin(angle);
                return vec3{c * v.x - s * v.y, s * v.x + c * v.y, v.z};""");
    }

    private static void vec4Extras(Header h) {
        h.section("vec4 extras");
        h.fn("vec3 xyz(vec4 v)", "return vec3{v.x, v.y, v.z};");
        h.fn("vec4 extend(vec3 v, float w)", "return vec4{v.x, v.y, v.z, w};");
    }

    private static void mat3Ops(Header h) {
        h.section("mat3");
        h.fn("mat3 mat3_identity()", "return mat3{{1.0f, 0.0f, 0.0f, 0.0f, 1.0f, 0.0f, 0.0f, 0.0f, 1.0f}};");
        h.fn("mat3 mat3_from_cols(vec3 c0, vec3 c1, vec3 c2)",
                "return mat3{{c0.x, c0.y, c0.z, c1.x, c1.y, c1.z, c2.x, c2.y, c2.z}};");
        h.fn("float mat3_at(const mat3& a, int col, int row)", "return a.m[col * 3 + row];");
        h.fn("mat3 mat3_mul(const mat3& a, const mat3& b)", """
                mat3 r{};
                for (int col = 0; col < 3; ++col) {
                    for (int row = 0; row < 3; ++row) {
                        float acc = 0.0f;
                        for (int k = 0; k < 3; ++k) {
                            acc += a.m[k * 3 + row] * b.m[col * 3 + k];
                        }
                        r.m[col * 3 + row] = acc;
                    }
                }
                return r;""");
        h.fn("vec3 mat3_mul_vec(const mat3& a, vec3 v)", """
                return vec3{a.m[0] * v.x + a.m[3] * v.y + a.m[6] * v.z,
                            a.m[1] * v.x + a.m[4] * v.y + a.m[7] * v.z,
                            a.m[2] * v.x + a.m[5] * v.y + a.m[8] * v.z};""");
        h.fn("mat3 mat3_transpose(const mat3& a)", """
                mat3 r{};
                for (int col = 0; col < 3; ++col) {
                    for (int row = 0; row < 3; ++row) {
                        r.m[col * 3 + row] = a.m[row * 3 + col];
                    }
                }
                return r;""");
        h.fn("float mat3_determinant(const mat3& a)", """
                const vec3 c0{a.m[0], a.m[1], a.m[2]};
                const vec3 c1{a.m[3], a.m[4], a.m[5]};
                const vec3 c2{a.m[6], a.m[7], a.m[8]};
                return triple(c0, c1, c2);""");
        h.fn("mat3 mat3_inverse(const mat3& a)", """
                const vec3 c0{a.m[0], a.m[1], a.m[2]};
                const vec3 c1{a.m[3], a.m[4], a.m[5]};
                const vec3 c2{a.m[6], a.m[7], a.m[8]};
                const vec3 r0 = cross(c1, c2);
                const vec3 r1 = cross(c2, c0);
                const vec3 r2 = cross(c0, c1);
                const float det = dot(c0, r0);
                if (std::fabs(det) < k_epsilon) {
                    return mat3_identity();
                }
                const float inv = 1.0f / det;
                // The rows of the inverse are the cross products; store them transposed.
                return mat3{{r0.x * inv, r1.x * inv, r2.x * inv,
                             r0.y * inv, r1.y * inv, r2.y * inv,
                             r0.z * inv, r1.z * inv, r2.z * inv}};""");
        h.fn("mat3 mat3_rotation_x(float angle)", """
                const float c = std::cos(angle);
                const float s = std::sin(angle);
                return mat3{{1.0f, 0.0f, 0.0f, 0.0f, c, s, 0.0f, -s, c}};""");
        h.fn("mat3 mat3_rotation_y(float angle)", """
                const float c = std::cos(angle);
                const float s = std::sin(angle);
                return mat3{{c, 0.0f, -s, 0.0f, 1.0f, 0.0f, s, 0.0f, c}};""");
        h.fn("mat3 mat3_rotation_z(float angle)", """
                const float c = std::cos(angle);
                const float s = std::sin(angle);
                return mat3{{c, s, 0.0f, -s, c, 0.0f, 0.0f, 0.0f, 1.0f}};""");
        h.fn("mat3 mat3_scale(vec3 s)", "return mat3{{s.x, 0.0f, 0.0f, 0.0f, s.y, 0.0f, 0.0f, 0.0f, s.z}};");
    }

    private static void mat4Ops(Header h) {
        h.section("mat4");
        h.fn("mat4 mat4_identity()", """
                mat4 r{};
                for (int i = 0; i < 4; ++i) {
                    r.m[i * 5] = 1.0f;
                }
                return r;""");
        h.fn("mat4 mat4_mul(const mat4& a, const mat4& b)", """
                mat4 r{};
                for (int col = 0; col < 4; ++col) {
                    for (int row = 0; row < 4; ++row) {
                        float acc = 0.0f;
                        for (int k = 0; k < 4; ++k) {
                            acc += a.m[k * 4 + row] * b.m[col * 4 + k];
                        }
                        r.m[col * 4 + row] = acc;
                    }
                }
                return r;""");
        h.fn("vec4 mat4_mul_vec4(const mat4& a, vec4 v)", """
                const float in[4] = {v.x, v.y, v.z, v.w};
                float out[4] = {0.0f, 0.0f, 0.0f, 0.0f};
                for (int row = 0; row < 4; ++row) {
                    for (int k = 0; k < 4; ++k) {
                        out[row] += a.m[k * 4 + row] * in[k];
                    }
                }
                return vec4{out[0], out[1], out[2], out[3]};""");
        h.fn("vec3 mat4_transform_point(const mat4& a, vec3 p)", """
                const vec4 r = mat4_mul_vec4(a, extend(p, 1.0f));
                if (std::fabs(r.w) < k_epsilon) {
                    return xyz(r);
                }
                return scale(xyz(r), 1.0f / r.w);""");
        h.fn("vec3 mat4_transform_dir(const mat4& a, vec3 d)", "return xyz(mat4_mul_vec4(a, extend(d, 0.0f)));");
        h.fn("mat4 mat4_transpose(const mat4& a)", """
                mat4 r{};
                for (int col = 0; col < 4; ++col) {
                    for (int row = 0; row < 4; ++row) {
                        r.m[col * 4 + row] = a.m[row * 4 + col];
                    }
                }
                return r;""");
        h.fn("mat4 mat4_translation(vec3 t)", """
                mat4 r = mat4_identity();
                r.m[12] = t.x;
                r.m[13] = t.y;
                r.m[14] = t.z;
                return r;""");
        h.fn("vec3 mat4_get_translation(const mat4& a)", "return vec3{a.m[12], a.m[13], a.m[14]};");
        h.fn("mat4 mat4_scale(vec3 s)", """
                mat4 r = mat4_identity();
                r.m[0] = s.x;
                r.m[5] = s.y;
                r.m[10] = s.z;
                return r;""");
        h.fn("mat4 mat4_from_mat3(const mat3& a)", """
                mat4 r = mat4_identity();
                for (int col = 0; col < 3; ++col) {
                    for (int row = 0; row < 3; ++row) {
                        r.m[col * 4 + row] = a.m[col * 3 + row];
                    }
                }
                return r;""");
        h.fn("mat3 mat4_upper3(const mat4& a)", """
                mat3 r{};
                for (int col = 0; col < 3; ++col) {
                    for (int row = 0; row < 3; ++row) {
                        r.m[col * 3 + row] = a.m[col * 4 + row];
                    }
                }
                return r;""");
        h.fn("mat4 mat4_rotation_axis(vec3 axis, float angle)", """
                const vec3 u = normalize(axis);
                const float c = std::cos(angle);
                const float s = std::sin(angle);
                const float k = 1.0f - c;
                const mat3 rot{{c + u.x * u.x * k, u.y * u.x * k + u.z * s, u.z * u.x * k - u.y * s,
                                u.x * u.y * k - u.z * s, c + u.y * u.y * k, u.z * u.y * k + u.x * s,
                                u.x * u.z * k + u.y * s, u.y * u.z * k - u.x * s, c + u.z * u.z * k}};
                return mat4_from_mat3(rot);""");
        h.fn("mat4 mat4_perspective(float fov_y, float aspect, float z_near, float z_far)", """
                // Vulkan clip space: y points down, depth in [0, 1].
                const float f = 1.0f / std::tan(fov_y * 0.5f);
                mat4 r{};
                r.m[0] = f / aspect;
                r.m[5] = -f;
                r.m[10] = z_far / (z_near - z_far);
                r.m[11] = -1.0f;
                r.m[14] = (z_near * z_far) / (z_near - z_far);
                return r;""");
        h.fn("mat4 mat4_orthographic(float left, float right, float bottom, float top, float z_near, float z_far)", """
                mat4 r = mat4_identity();
                r.m[0] = 2.0f / (right - left);
                r.m[5] = 2.0f / (bottom - top);
                r.m[10] = 1.0f / (z_near - z_far);
                r.m[12] = -(right + left) / (right - left);
                r.m[13] = -(bottom + top) / (bottom - top);
                r.m[14] = z_near / (z_near - z_far);
                return r;""");
        h.fn("mat4 mat4_look_at(vec3 eye, vec3 target, vec3 up)", """
                const vec3 f = normalize(sub(target, eye));
                const vec3 s = normalize(cross(f, up));
                const vec3 u = cross(s, f);
                mat4 r = mat4_identity();
                r.m[0] = s.x;
                r.m[4] = s.y;
                r.m[8] = s.z;
                r.m[1] = u.x;
                r.m[5] = u.y;
                r.m[9] = u.z;
                r.m[2] = -f.x;
                r.m[6] = -f.y;
                r.m[10] = -f.z;
                r.m[12] = -dot(s, eye);
                r.m[13] = -dot(u, eye);
                r.m[14] = dot(f, eye);
                return r;""");
        h.fn("float mat4_determinant(const mat4& a)", """
                // Gaussian elimination with partial pivoting on a row-major copy.
                float w[4][4];
                for (int row = 0; row < 4; ++row) {
                    for (int col = 0; col < 4; ++col) {
                        w[row][col] = a.m[col * 4 + row];
                    }
                }
                float det = 1.0f;
                for (int p = 0; p < 4; ++p) {
                    int pivot = p;
                    for (int row = p + 1; row < 4; ++row) {
                        if (std::fabs(w[row][p]) > std::fabs(w[pivot][p])) {
                            pivot = row;
                        }
                    }
                    if (std::fabs(w[pivot][p]) < k_epsilon) {
                        return 0.0f;
                    }
                    if (pivot != p) {
                        for (int col = 0; col < 4; ++col) {
                            const float tmp = w[p][col];
                            w[p][col] = w[pivot][col];
                            w[pivot][col] = tmp;
                        }
                        det = -det;
                    }
                    det *= w[p][p];
                    for (int row = p + 1; row < 4; ++row) {
                        const float factor = w[row][p] / w[p][p];
                        for (int col = p; col < 4; ++col) {
                            w[row][col] -= factor * w[p][col];
                        }
                    }
                }
                return det;""");
        h.fn("mat4 mat4_inverse(const mat4& a)", """
                // Gauss-Jordan elimination on [A | I]; a singular matrix yields the identity.
                float w[4][8];
                for (int row = 0; row < 4; ++row) {
                    for (int col = 0; col < 4; ++col) {
                        w[row][col] = a.m[col * 4 + row];
                        w[row][col + 4] = row == col ? 1.0f : 0.0f;
                    }
                }
                for (int p = 0; p < 4; ++p) {
                    int pivot = p;
                    for (int row = p + 1; row < 4; ++row) {
                        if (std::fabs(w[row][p]) > std::fabs(w[pivot][p])) {
                            pivot = row;
                        }
                    }
                    if (std::fabs(w[pivot][p]) < k_epsilon) {
                        return mat4_identity();
                    }
                    for (int col = 0; col < 8; ++col) {
                        const float tmp = w[p][col];
                        w[p][col] = w[pivot][col];
                        w[pivot][col] = tmp;
                    }
                    const float inv = 1.0f / w[p][p];
                    for (int col = 0; col < 8; ++col) {
                        w[p][col] *= inv;
                    }
                    for (int row = 0; row < 4; ++row) {
                        if (row == p) {
                            continue;
                        }
                        const float factor = w[row][p];
                        for (int col = 0; col < 8; ++col) {
                            w[row][col] -= factor * w[p][col];
                        }
                    }
                }
                mat4 r{};
                for (int row = 0; row < 4; ++row) {
                    for (int col = 0; col < 4; ++col) {
                        r.m[col * 4 + row] = w[row][col + 4];
                    }
                }
                return r;""");
    }

    private static void quatOps(Header h) {
        h.section("Quaternions");
        h.fn("quat quat_identity()", "return quat{0.0f, 0.0f, 0.0f, 1.0f};");
        h.fn("quat quat_from_axis_angle(vec3 axis, float angle)", """
                const vec3 n = normalize(axis);
                const float s = std::sin(angle * 0.5f);
                return quat{n.x * s, n.y * s, n.z * s, std::cos(angle * 0.5f)};""");
        h.fn("quat quat_from_euler(float pitch, float yaw, float roll)", """
                const float cp = std::cos(pitch * 0.5f);
                const float sp = std::sin(pitch * 0.5f);
                const float cy = std::cos(yaw * 0.5f);
                const float sy = std::sin(yaw * 0.5f);
                const float cr = std::cos(roll * 0.5f);
                const float sr = std::sin(roll * 0.5f);
                return quat{sp * cy * cr - cp * sy * sr,
                            cp * sy * cr + sp * cy * sr,
                            cp * cy * sr - sp * sy * cr,
                            cp * cy * cr + sp * sy * sr};""");
        h.fn("quat quat_mul(quat a, quat b)", """
                return quat{a.w * b.x + a.x * b.w + a.y * b.z - a.z * b.y,
                            a.w * b.y - a.x * b.z + a.y * b.w + a.z * b.x,
                            a.w * b.z + a.x * b.y - a.y * b.x + a.z * b.w,
                            a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z};""");
        h.fn("quat quat_conjugate(quat q)", "return quat{-q.x, -q.y, -q.z, q.w};");
        h.fn("float quat_dot(quat a, quat b)", "return a.x * b.x + a.y * b.y + a.z * b.z + a.w * b.w;");
        h.fn("float quat_length(quat q)", "return std::sqrt(quat_dot(q, q));");
        h.fn("quat quat_normalize(quat q)", """
                const float len = quat_length(q);
                if (len <= k_epsilon) {
                    return quat_identity();
                }
                const float inv = 1.0f / len;
                return quat{q.x * inv, q.y * inv, q.z * inv, q.w * inv};""");
        h.fn("quat quat_inverse(quat q)", """
                const float len_sq = quat_dot(q, q);
                if (len_sq <= k_epsilon) {
                    return quat_identity();
                }
                const quat c = quat_conjugate(q);
                return quat{c.x / len_sq, c.y / len_sq, c.z / len_sq, c.w / len_sq};""");
        h.fn("vec3 quat_rotate(quat q, vec3 v)", """
                const vec3 u{q.x, q.y, q.z};
                const vec3 t = scale(cross(u, v), 2.0f);
                return add(add(v, scale(t, q.w)), cross(u, t));""");
        h.fn("quat quat_nlerp(quat a, quat b, float t)", """
                const float sign = quat_dot(a, b) < 0.0f ? -1.0f : 1.0f;
                return quat_normalize(quat{lerpf(a.x, sign * b.x, t), lerpf(a.y, sign * b.y, t),
                                           lerpf(a.z, sign * b.z, t), lerpf(a.w, sign * b.w, t)});""");
        h.fn("quat quat_slerp(quat a, quat b, float t)", """
                float cos_theta = quat_dot(a, b);
                quat end = b;
                if (cos_theta < 0.0f) {
                    cos_theta = -cos_theta;
                    end = quat{-b.x, -b.y, -b.z, -b.w};
                }
                if (cos_theta > 0.9995f) {
                    return quat_nlerp(a, end, t);
                }
                const float theta = std::acos(cos_theta);
                const float sin_theta = std::sin(theta);
                const float wa = std::sin((1.0f - t) * theta) / sin_theta;
                const float wb = std::sin(t * theta) / sin_theta;
                return quat{wa * a.x + wb * end.x, wa * a.y + wb * end.y, wa * a.z + wb * end.z, wa * a.w + wb * end.w};""");
        h.fn("float quat_angle_between(quat a, quat b)", """
                const float d = std::fabs(quat_dot(quat_normalize(a), quat_normalize(b)));
                return 2.0f * std::acos(clampf(d, 0.0f, 1.0f));""");
        h.fn("void quat_to_axis_angle(quat q, vec3* axis, float* angle)", """
                const quat n = quat_normalize(q);
                *angle = 2.0f * std::acos(clampf(n.w, -1.0f, 1.0f));
                const float s = std::sqrt(1.0f - n.w * n.w);
                *axis = s < k_epsilon ? vec3{1.0f, 0.0f, 0.0f} : vec3{n.x / s, n.y / s, n.z / s};""");
        h.fn("mat3 quat_to_mat3(quat q)", """
                const float xx = q.x * q.x;
                const float yy = q.y * q.y;
                const float zz = q.z * q.z;
                const float xy = q.x * q.y;
                const float xz = q.x * q.z;
                const float yz = q.y * q.z;
                const float wx = q.w * q.x;
                const float wy = q.w * q.y;
                const float wz = q.w * q.z;
                return mat3{{1.0f - 2.0f * (yy + zz), 2.0f * (xy + wz), 2.0f * (xz - wy),
                             2.0f * (xy - wz), 1.0f - 2.0f * (xx + zz), 2.0f * (yz + wx),
                             2.0f * (xz + wy), 2.0f * (yz - wx), 1.0f - 2.0f * (xx + yy)}};""");
        h.fn("mat4 quat_to_mat4(quat q)", "return mat4_from_mat3(quat_to_mat3(q));");
    }

    private static void rayAndBounds(Header h) {
        h.section("Rays and bounding boxes");
        h.fn("ray make_ray(vec3 origin, vec3 dir)", "return ray{origin, normalize(dir)};");
        h.fn("vec3 ray_at(const ray& r, float t)", "return add(r.origin, scale(r.dir, t));");
        h.fn("aabb aabb_empty()", """
                const float big = 3.0e38f;
                return aabb{vec3{big, big, big}, vec3{-big, -big, -big}};""");
        h.fn("aabb aabb_from_sphere(vec3 center, float radius)",
                "return aabb{sub(center, splat3(radius)), add(center, splat3(radius))};");
        h.fn("aabb aabb_expand(const aabb& box, vec3 p)", "return aabb{vmin(box.lo, p), vmax(box.hi, p)};");
        h.fn("aabb aabb_union(const aabb& a, const aabb& b)", "return aabb{vmin(a.lo, b.lo), vmax(a.hi, b.hi)};");
        h.fn("vec3 aabb_center(const aabb& box)", "return scale(add(box.lo, box.hi), 0.5f);");
        h.fn("vec3 aabb_extent(const aabb& box)", "return scale(sub(box.hi, box.lo), 0.5f);");
        h.fn("bool aabb_contains(const aabb& box, vec3 p)", """
                return p.x >= box.lo.x && p.x <= box.hi.x &&
                       p.y >= box.lo.y && p.y <= box.hi.y &&
                       p.z >= box.lo.z && p.z <= box.hi.z;""");
        h.fn("bool aabb_overlaps(const aabb& a, const aabb& b)", """
                return a.lo.x <= b.hi.x && a.hi.x >= b.lo.x &&
                       a.lo.y <= b.hi.y && a.hi.y >= b.lo.y &&
                       a.lo.z <= b.hi.z && a.hi.z >= b.lo.z;""");
        h.fn("float aabb_surface_area(const aabb& box)", """
                const vec3 d = sub(box.hi, box.lo);
                return 2.0f * (d.x * d.y + d.y * d.z + d.z * d.x);""");
        h.fn("bool ray_aabb_intersect(const ray& r, const aabb& box, float* t_near, float* t_far)", """
                // Slab test; relies on IEEE infinities when a direction component is zero.
                const vec3 inv = div(splat3(1.0f), r.dir);
                const vec3 t0 = mul(sub(box.lo, r.origin), inv);
                const vec3 t1 = mul(sub(box.hi, r.origin), inv);
                const float enter = max_component(vmin(t0, t1));
                const float exit = min_component(vmax(t0, t1));
                *t_near = enter;
                *t_far = exit;
                return exit >= std::fmax(enter, 0.0f);""");
        h.fn("aabb aabb_transform(const aabb& box, const mat4& m)", """
                aabb out = aabb_empty();
                for (int corner = 0; corner < 8; ++corner) {
                    const vec3 p{(corner & 1) ? box.hi.x : box.lo.x,
                                 (corner & 2) ? box.hi.y : box.lo.y,
                                 (corner & 4) ? box.hi.z : box.lo.z};
                    out = aabb_expand(out, mat4_transform_point(m, p));
                }
                return out;""");
    }

    private static void primitives(Header h) {
        h.section("Signed distance primitives (p is in the primitive's local frame)");
        h.fn("float sd_sphere(vec3 p, float radius)", "return length(p) - radius;");
        h.fn("float sd_box(vec3 p, vec3 half_extent)", """
                const vec3 q = sub(vabs(p), half_extent);
                return length(vmax(q, splat3(0.0f))) + std::fmin(max_component(q), 0.0f);""");
        h.fn("float sd_round_box(vec3 p, vec3 half_extent, float radius)",
                "return sd_box(p, sub(half_extent, splat3(radius))) - radius;");
        h.fn("float sd_box_frame(vec3 p, vec3 half_extent, float edge)", """
                const vec3 a = sub(vabs(p), half_extent);
                const vec3 q = sub(vabs(add(a, splat3(edge))), splat3(edge));
                const vec3 zero = splat3(0.0f);
                const float fx = length(vmax(vec3{a.x, q.y, q.z}, zero)) + std::fmin(std::fmax(a.x, std::fmax(q.y, q.z)), 0.0f);
                const float fy = length(vmax(vec3{q.x, a.y, q.z}, zero)) + std::fmin(std::fmax(q.x, std::fmax(a.y, q.z)), 0.0f);
                const float fz = length(vmax(vec3{q.x, q.y, a.z}, zero)) + std::fmin(std::fmax(q.x, std::fmax(q.y, a.z)), 0.0f);
                return std::fmin(fx, std::fmin(fy, fz));""");
        h.fn("float sd_torus(vec3 p, float major_radius, float minor_radius)", """
                const vec2 q{length(xz(p)) - major_radius, p.y};
                return length(q) - minor_radius;""");
        h.fn("float sd_link(vec3 p, float half_length, float major_radius, float minor_radius)", """
                const vec3 q{p.x, std::fmax(std::fabs(p.y) - half_length, 0.0f), p.z};
                return length(vec2{length(xy(q)) - major_radius, q.z}) - minor_radius;""");
        h.fn("float sd_capsule(vec3 p, vec3 a, vec3 b, float radius)", """
                const vec3 pa = sub(p, a);
                const vec3 ba = sub(b, a);
                const float h = saturate(dot(pa, ba) / dot(ba, ba));
                return length(sub(pa, scale(ba, h))) - radius;""");
        h.fn("float sd_vertical_capsule(vec3 p, float height, float radius)", """
                const vec3 q{p.x, p.y - clampf(p.y, 0.0f, height), p.z};
                return length(q) - radius;""");
        h.fn("float sd_infinite_cylinder(vec3 p, vec2 center, float radius)",
                "return length(sub(xz(p), center)) - radius;");
        h.fn("float sd_capped_cylinder(vec3 p, float half_height, float radius)", """
                const vec2 d = sub(vabs(vec2{length(xz(p)), p.y}), vec2{radius, half_height});
                return std::fmin(std::fmax(d.x, d.y), 0.0f) + length(vmax(d, splat2(0.0f)));""");
        h.fn("float sd_rounded_cylinder(vec3 p, float radius, float rounding, float half_height)", """
                const vec2 d{length(xz(p)) - radius + rounding, std::fabs(p.y) - half_height + rounding};
                return std::fmin(std::fmax(d.x, d.y), 0.0f) + length(vmax(d, splat2(0.0f))) - rounding;""");
        h.fn("float sd_cone(vec3 p, float half_angle, float height)", """
                // Bound, not exact: the slanted side plane and the base plane.
                const float q = length(xz(p));
                const float side = std::cos(half_angle) * q + std::sin(half_angle) * p.y;
                return std::fmax(side, -height - p.y);""");
        h.fn("float sd_capped_cone(vec3 p, float half_height, float radius_bottom, float radius_top)", """
                const float q = length(xz(p));
                const float t = saturate((p.y + half_height) / (2.0f * half_height));
                const float r = lerpf(radius_bottom, radius_top, t);
                const float slope = radius_bottom - radius_top;
                const float side = (q - r) * (2.0f * half_height) / std::sqrt(4.0f * half_height * half_height + slope * slope);
                return std::fmax(side, std::fabs(p.y) - half_height);""");
        h.fn("float sd_plane(vec3 p, vec3 normal, float offset)", "return dot(p, normal) + offset;");
        h.fn("float sd_hex_prism(vec3 p, float radius, float half_length)", """
                const vec3 q = vabs(p);
                const float hex = std::fmax(q.x * 0.8660254f + q.y * 0.5f, q.y) - radius;
                return std::fmax(hex, q.z - half_length);""");
        h.fn("float sd_tri_prism(vec3 p, float radius, float half_length)", """
                const vec3 q = vabs(p);
                const float tri = std::fmax(q.x * 0.8660254f + p.y * 0.5f, -p.y) - radius * 0.5f;
                return std::fmax(q.z - half_length, tri);""");
        h.fn("float sd_ellipsoid(vec3 p, vec3 radii)", """
                const float k0 = length(div(p, radii));
                const float k1 = length(div(p, mul(radii, radii)));
                if (k1 <= k_epsilon) {
                    return -min_component(radii);
                }
                return k0 * (k0 - 1.0f) / k1;""");
        h.fn("float sd_octahedron(vec3 p, float size)", """
                const vec3 q = vabs(p);
                return (q.x + q.y + q.z - size) * 0.57735027f;""");
        h.fn("float sd_pyramid(vec3 p, float base_half, float height)", """
                const vec3 q = vabs(p);
                const float side = (std::fmax(q.x, q.z) * height + p.y * base_half - height * base_half) /
                                   std::sqrt(height * height + base_half * base_half);
                return std::fmax(side, -p.y);""");
        h.fn("float sd_gyroid(vec3 p, float scale_factor, float thickness)", """
                const vec3 q = scale(p, scale_factor);
                const float g = std::sin(q.x) * std::cos(q.y) + std::sin(q.y) * std::cos(q.z) + std::sin(q.z) * std::cos(q.x);
                return (std::fabs(g) - thickness) / scale_factor;""");
        h.fn("float sd_circle(vec2 p, float radius)", "return length(p) - radius;");
        h.fn("float sd_box2(vec2 p, vec2 half_extent)", """
                const vec2 d = sub(vabs(p), half_extent);
                return length(vmax(d, splat2(0.0f))) + std::fmin(max_component(d), 0.0f);""");
        h.fn("float sd_segment2(vec2 p, vec2 a, vec2 b)", """
                const vec2 pa = sub(p, a);
                const vec2 ba = sub(b, a);
                const float h = saturate(dot(pa, ba) / dot(ba, ba));
                return length(sub(pa, scale(ba, h)));""");
        h.fn("float sd_equilateral_triangle2(vec2 p, float radius)", """
                const float k = 1.7320508f;
                vec2 q{std::fabs(p.x) - radius, p.y + radius / k};
                if (q.x + k * q.y > 0.0f) {
                    q = scale(vec2{q.x - k * q.y, -k * q.x - q.y}, 0.5f);
                }
                q.x -= clampf(q.x, -2.0f * radius, 0.0f);
                return -length(q) * signf(q.y);""");
        h.fn("float sd_cross(vec3 p, float half_width)", """
                const vec2 bar{half_width, half_width};
                const float da = sd_box2(vec2{p.x, p.y}, bar);
                const float db = sd_box2(vec2{p.y, p.z}, bar);
                const float dc = sd_box2(vec2{p.z, p.x}, bar);
                return std::fmin(da, std::fmin(db, dc));""");
        h.fn("float sd_menger(vec3 p, int iterations)", """
                float d = sd_box(p, splat3(1.0f));
                float s = 1.0f;
                for (int i = 0; i < iterations; ++i) {
                    const vec3 a = vec3{mod_positive(p.x * s, 2.0f) - 1.0f,
                                        mod_positive(p.y * s, 2.0f) - 1.0f,
                                        mod_positive(p.z * s, 2.0f) - 1.0f};
                    s *= 3.0f;
                    const vec3 r = vabs(sub(splat3(1.0f), scale(vabs(a), 3.0f)));
                    const float hole = (std::fmin(std::fmax(r.x, r.y), std::fmin(std::fmax(r.y, r.z), std::fmax(r.z, r.x))) - 1.0f) / s;
                    d = std::fmax(d, hole);
                }
                return d;""");
        h.fn("float sd_mandelbulb(vec3 p, float power, int iterations)", """
                vec3 z = p;
                float dr = 1.0f;
                float r = 0.0f;
                for (int i = 0; i < iterations; ++i) {
                    r = length(z);
                    if (r > 2.0f) {
                        break;
                    }
                    const float theta = std::acos(clampf(z.y / r, -1.0f, 1.0f)) * power;
                    const float phi = std::atan2(z.z, z.x) * power;
                    dr = std::pow(r, power - 1.0f) * power * dr + 1.0f;
                    const float zr = std::pow(r, power);
                    z = add(scale(vec3{std::sin(theta) * std::cos(phi), std::cos(theta), std::sin(theta) * std::sin(phi)}, zr), p);
                }
                return r <= k_epsilon ? 0.0f : 0.5f * std::log(r) * r / dr;""");
    }

    private static void operators(Header h) {
        h.section("Distance operators");
        h.fn("float op_union(float a, float b)", "return std::fmin(a, b);");
        h.fn("float op_subtract(float cutter, float base)", "return std::fmax(-cutter, base);");
        h.fn("float op_intersect(float a, float b)", "return std::fmax(a, b);");
        h.fn("float op_xor(float a, float b)", "return std::fmax(std::fmin(a, b), -std::fmax(a, b));");
        h.fn("float op_smooth_union(float a, float b, float k)", """
                const float h = saturate(0.5f + 0.5f * (b - a) / k);
                return lerpf(b, a, h) - k * h * (1.0f - h);""");
        h.fn("float op_smooth_subtract(float cutter, float base, float k)", """
                const float h = saturate(0.5f - 0.5f * (base + cutter) / k);
                return lerpf(base, -cutter, h) + k * h * (1.0f - h);""");
        h.fn("float op_smooth_intersect(float a, float b, float k)", """
                const float h = saturate(0.5f - 0.5f * (b - a) / k);
                return lerpf(b, a, h) + k * h * (1.0f - h);""");
        h.fn("float op_smooth_union_exp(float a, float b, float k)", """
                const float res = std::exp2(-a / k) + std::exp2(-b / k);
                return -k * std::log2(res);""");
        h.fn("float op_smooth_min_cubic(float a, float b, float k)", """
                const float h = std::fmax(k - std::fabs(a - b), 0.0f) / k;
                return std::fmin(a, b) - h * h * h * k * (1.0f / 6.0f);""");
        h.fn("float op_chamfer_union(float a, float b, float r)",
                "return std::fmin(std::fmin(a, b), (a + b - r) * 0.70710678f);");
        h.fn("float op_blend(float a, float b, float t)", "return lerpf(a, b, saturate(t));");
        h.fn("float op_round(float d, float radius)", "return d - radius;");
        h.fn("float op_onion(float d, float thickness)", "return std::fabs(d) - thickness;");
        h.fn("vec3 op_elongate(vec3 p, vec3 h)", """
                const vec3 clamped{clampf(p.x, -h.x, h.x), clampf(p.y, -h.y, h.y), clampf(p.z, -h.z, h.z)};
                return sub(p, clamped);""");
        h.fn("float op_extrude(float d2, float pz, float half_depth)", """
                const vec2 w{d2, std::fabs(pz) - half_depth};
                return std::fmin(std::fmax(w.x, w.y), 0.0f) + length(vmax(w, splat2(0.0f)));""");
        h.fn("vec2 op_revolve(vec3 p, float offset)", "return vec2{length(xz(p)) - offset, p.y};");
    }

    private static void domainOps(Header h) {
        h.section("Domain operators (they move the sample point, not the distance)");
        h.fn("vec3 op_translate(vec3 p, vec3 offset)", "return sub(p, offset);");
        h.fn("vec3 op_rotate(vec3 p, quat orientation)", "return quat_rotate(quat_conjugate(orientation), p);");
        h.fn("vec3 op_scale_point(vec3 p, float s)", "return scale(p, 1.0f / s);");
        h.fn("vec3 op_repeat(vec3 p, vec3 period)", """
                return vec3{p.x - period.x * std::round(p.x / period.x),
                            p.y - period.y * std::round(p.y / period.y),
                            p.z - period.z * std::round(p.z / period.z)};""");
        h.fn("vec3 op_repeat_limited(vec3 p, float spacing, vec3 limit)", """
                const vec3 cell{clampf(std::round(p.x / spacing), -limit.x, limit.x),
                                clampf(std::round(p.y / spacing), -limit.y, limit.y),
                                clampf(std::round(p.z / spacing), -limit.z, limit.z)};
                return sub(p, scale(cell, spacing));""");
        h.fn("vec3 op_polar_repeat(vec3 p, int count)", """
                const float sector = k_two_pi / static_cast<float>(count);
                const float angle = std::atan2(p.z, p.x) + sector * 0.5f;
                const float snapped = mod_positive(angle, sector) - sector * 0.5f;
                const float radius = length(xz(p));
                return vec3{std::cos(snapped) * radius, p.y, std::sin(snapped) * radius};""");
        h.fn("vec3 op_mirror_x(vec3 p)", "return vec3{std::fabs(p.x), p.y, p.z};");
        h.fn("vec3 op_mirror(vec3 p, vec3 plane_normal)", """
                const float d = dot(p, plane_normal);
                return sub(p, scale(plane_normal, 2.0f * std::fmin(d, 0.0f)));""");
        h.fn("vec3 op_twist(vec3 p, float amount)", """
                const float c = std::cos(amount * p.y);
                const float s = std::sin(amount * p.y);
                return vec3{c * p.x - s * p.z, p.y, s * p.x + c * p.z};""");
        h.fn("vec3 op_bend(vec3 p, float amount)", """
                const float c = std::cos(amount * p.x);
                const float s = std::sin(amount * p.x);
                return vec3{c * p.x - s * p.y, s * p.x + c * p.y, p.z};""");
        h.fn("float op_displace(float d, vec3 p, float frequency, float amplitude)",
                "return d + std::sin(frequency * p.x) * std::sin(frequency * p.y) * std::sin(frequency * p.z) * amplitude;");
    }

    private static void noise(Header h) {
        h.section("Hashing and noise");
        h.fn("std::uint32_t hash_u32(std::uint32_t x)", """
                // Integer finaliser: xor-shift and odd-constant multiply rounds.
                x ^= x >> 16;
                x *= 0x85ebca6bu;
                x ^= x >> 13;
                x *= 0xc2b2ae35u;
                x ^= x >> 16;
                return x;""");
        h.fn("std::uint32_t hash_combine(std::uint32_t seed, std::uint32_t value)",
                "return hash_u32(seed ^ (value + 0x9e3779b9u + (seed << 6) + (seed >> 2)));");
        h.fn("float hash_lattice3(std::int32_t x, std::int32_t y, std::int32_t z)", """
                std::uint32_t h = hash_u32(static_cast<std::uint32_t>(x));
                h = hash_combine(h, static_cast<std::uint32_t>(y));
                h = hash_combine(h, static_cast<std::uint32_t>(z));
                return static_cast<float>(h >> 8) * (1.0f / 16777216.0f);""");
        h.fn("float hash11(float x)", "return fractf(std::sin(x * 127.1f) * 43758.5453f);");
        h.fn("float hash21(vec2 p)", "return fractf(std::sin(dot(p, vec2{127.1f, 311.7f})) * 43758.5453f);");
        h.fn("float hash31(vec3 p)", "return fractf(std::sin(dot(p, vec3{127.1f, 311.7f, 74.7f})) * 43758.5453f);");
        h.fn("vec3 hash33(vec3 p)", """
                return vec3{hash31(p),
                            hash31(add(p, vec3{19.19f, 7.31f, 3.7f})),
                            hash31(add(p, vec3{5.1f, 41.3f, 17.9f}))};""");
        h.fn("float value_noise2(vec2 p)", """
                const vec2 cell = vfloor(p);
                const vec2 f = sub(p, cell);
                const vec2 u = vec2{f.x * f.x * (3.0f - 2.0f * f.x), f.y * f.y * (3.0f - 2.0f * f.y)};
                const float a = hash21(cell);
                const float b = hash21(add(cell, vec2{1.0f, 0.0f}));
                const float c = hash21(add(cell, vec2{0.0f, 1.0f}));
                const float d = hash21(add(cell, vec2{1.0f, 1.0f}));
                return lerpf(lerpf(a, b, u.x), lerpf(c, d, u.x), u.y);""");
        h.fn("float value_noise3(vec3 p)", """
                const vec3 cell = vfloor(p);
                const vec3 f = sub(p, cell);
                const vec3 u = vec3{f.x * f.x * (3.0f - 2.0f * f.x),
                                    f.y * f.y * (3.0f - 2.0f * f.y),
                                    f.z * f.z * (3.0f - 2.0f * f.z)};
                const std::int32_t ix = static_cast<std::int32_t>(cell.x);
                const std::int32_t iy = static_cast<std::int32_t>(cell.y);
                const std::int32_t iz = static_cast<std::int32_t>(cell.z);
                float result = 0.0f;
                for (int corner = 0; corner < 8; ++corner) {
                    const int dx = corner & 1;
                    const int dy = (corner >> 1) & 1;
                    const int dz = (corner >> 2) & 1;
                    const float weight = (dx ? u.x : 1.0f - u.x) * (dy ? u.y : 1.0f - u.y) * (dz ? u.z : 1.0f - u.z);
                    result += weight * hash_lattice3(ix + dx, iy + dy, iz + dz);
                }
                return result;""");
        h.fn("float fbm3(vec3 p, int octaves, float lacunarity, float gain)", """
                float sum = 0.0f;
                float amplitude = 0.5f;
                float norm = 0.0f;
                vec3 q = p;
                for (int i = 0; i < octaves; ++i) {
                    sum += amplitude * value_noise3(q);
                    norm += amplitude;
                    q = scale(q, lacunarity);
                    amplitude *= gain;
                }
                return norm > 0.0f ? sum / norm : 0.0f;""");
        h.fn("float ridged_fbm3(vec3 p, int octaves)", """
                float sum = 0.0f;
                float amplitude = 0.5f;
                float prev = 1.0f;
                vec3 q = p;
                for (int i = 0; i < octaves; ++i) {
                    const float n = 1.0f - std::fabs(value_noise3(q) * 2.0f - 1.0f);
                    sum += n * n * amplitude * prev;
                    prev = n;
                    q = scale(q, 2.0f);
                    amplitude *= 0.5f;
                }
                return sum;""");
        h.fn("vec2 voronoi2(vec2 p)", """
                // Returns (distance to nearest feature point, hash of its cell).
                const vec2 cell = vfloor(p);
                float best = 8.0f;
                float best_id = 0.0f;
                for (int j = -1; j <= 1; ++j) {
                    for (int i = -1; i <= 1; ++i) {
                        const vec2 neighbour = add(cell, vec2{static_cast<float>(i), static_cast<float>(j)});
                        const float id = hash21(neighbour);
                        const vec2 feature = add(neighbour, vec2{id, hash21(add(neighbour, splat2(17.0f)))});
                        const float d = length_sq(sub(feature, p));
                        if (d < best) {
                            best = d;
                            best_id = id;
                        }
                    }
                }
                return vec2{std::sqrt(best), best_id};""");
        h.fn("float worley3(vec3 p)", """
                const vec3 cell = vfloor(p);
                float best = 8.0f;
                for (int k = -1; k <= 1; ++k) {
                    for (int j = -1; j <= 1; ++j) {
                        for (int i = -1; i <= 1; ++i) {
                            const vec3 neighbour = add(cell, vec3{static_cast<float>(i), static_cast<float>(j), static_cast<float>(k)});
                            const vec3 feature = add(neighbour, hash33(neighbour));
                            best = std::fmin(best, length_sq(sub(feature, p)));
                        }
                    }
                }
                return std::sqrt(best);""");
    }

    private static void colour(Header h) {
        h.section("Colour and tonemapping");
        h.fn("float srgb_to_linear(float c)", """
                if (c <= 0.04045f) {
                    return c / 12.92f;
                }
                return std::pow((c + 0.055f) / 1.055f, 2.4f);""");
        h.fn("float linear_to_srgb(float c)", """
                if (c <= 0.0031308f) {
                    return c * 12.92f;
                }
                return 1.055f * std::pow(c, 1.0f / 2.4f) - 0.055f;""");
        h.fn("vec3 srgb_to_linear(vec3 c)", "return vec3{srgb_to_linear(c.x), srgb_to_linear(c.y), srgb_to_linear(c.z)};");
        h.fn("vec3 linear_to_srgb(vec3 c)", "return vec3{linear_to_srgb(c.x), linear_to_srgb(c.y), linear_to_srgb(c.z)};");
        h.fn("float luminance(vec3 c)", "return dot(c, vec3{0.2126f, 0.7152f, 0.0722f});");
        h.fn("vec3 apply_exposure(vec3 c, float stops)", "return scale(c, std::exp2(stops));");
        h.fn("vec3 gamma_correct(vec3 c, float gamma)", """
                const float inv = 1.0f / gamma;
                return vec3{std::pow(c.x, inv), std::pow(c.y, inv), std::pow(c.z, inv)};""");
        h.fn("vec3 tonemap_reinhard(vec3 c)", "return div(c, add(splat3(1.0f), c));");
        h.fn("vec3 tonemap_reinhard_extended(vec3 c, float white)", """
                const float l = luminance(c);
                if (l <= k_epsilon) {
                    return c;
                }
                const float mapped = l * (1.0f + l / (white * white)) / (1.0f + l);
                return scale(c, mapped / l);""");
        h.fn("vec3 tonemap_aces_fit(vec3 c)", """
                // Rational curve fit of the ACES filmic response.
                const vec3 num = mul(c, add(scale(c, 2.51f), splat3(0.03f)));
                const vec3 den = add(mul(c, add(scale(c, 2.43f), splat3(0.59f))), splat3(0.14f));
                return clamp(div(num, den), 0.0f, 1.0f);""");
        h.fn("vec3 tonemap(vec3 c, tonemap_op op)", """
                switch (op) {
                case tonemap_op::reinhard:
                    return tonemap_reinhard(c);
                case tonemap_op::reinhard_extended:
                    return tonemap_reinhard_extended(c, 4.0f);
                case tonemap_op::aces_fit:
                    return tonemap_aces_fit(c);
                case tonemap_op::none:
                    break;
                }
                return clamp(c, 0.0f, 1.0f);""");
        h.fn("vec3 hsv_to_rgb(vec3 hsv)", """
                const float h = fractf(hsv.x) * 6.0f;
                const float c = hsv.z * hsv.y;
                const float x = c * (1.0f - std::fabs(mod_positive(h, 2.0f) - 1.0f));
                const float m = hsv.z - c;
                vec3 rgb{0.0f, 0.0f, 0.0f};
                if (h < 1.0f) {
                    rgb = vec3{c, x, 0.0f};
                } else if (h < 2.0f) {
                    rgb = vec3{x, c, 0.0f};
                } else if (h < 3.0f) {
                    rgb = vec3{0.0f, c, x};
                } else if (h < 4.0f) {
                    rgb = vec3{0.0f, x, c};
                } else if (h < 5.0f) {
                    rgb = vec3{x, 0.0f, c};
                } else {
                    rgb = vec3{c, 0.0f, x};
                }
                return add(rgb, splat3(m));""");
        h.fn("vec3 rgb_to_hsv(vec3 rgb)", """
                const float hi = max_component(rgb);
                const float lo = min_component(rgb);
                const float delta = hi - lo;
                float hue = 0.0f;
                if (delta > k_epsilon) {
                    if (hi == rgb.x) {
                        hue = mod_positive((rgb.y - rgb.z) / delta, 6.0f);
                    } else if (hi == rgb.y) {
                        hue = (rgb.z - rgb.x) / delta + 2.0f;
                    } else {
                        hue = (rgb.x - rgb.y) / delta + 4.0f;
                    }
                }
                const float sat = hi > k_epsilon ? delta / hi : 0.0f;
                return vec3{hue / 6.0f, sat, hi};""");
        h.fn("vec3 cosine_palette(float t, vec3 base, vec3 amplitude, vec3 frequency, vec3 phase)", """
                const vec3 arg = scale(add(scale(frequency, t), phase), k_two_pi);
                return add(base, mul(amplitude, vec3{std::cos(arg.x), std::cos(arg.y), std::cos(arg.z)}));""");
        h.fn("vec3 adjust_saturation(vec3 c, float amount)", "return lerp(splat3(luminance(c)), c, amount);");
        h.fn("vec3 adjust_contrast(vec3 c, float amount)", "return add(scale(sub(c, splat3(0.5f)), amount), splat3(0.5f));");
        h.fn("float vignette(vec2 uv, float strength)", """
                const vec2 centered = sub(uv, splat2(0.5f));
                return saturate(1.0f - strength * length_sq(centered) * 4.0f);""");
        h.fn("float dither(vec2 pixel, std::uint32_t frame)", """
                const std::uint32_t seed = hash_combine(static_cast<std::uint32_t>(pixel.x), static_cast<std::uint32_t>(pixel.y));
                return (static_cast<float>(hash_combine(seed, frame) & 0xffffu) / 65535.0f - 0.5f) / 255.0f;""");
        h.fn("std::uint32_t pack_rgba8(vec4 c)", """
                const std::uint32_t r = static_cast<std::uint32_t>(saturate(c.x) * 255.0f + 0.5f);
                const std::uint32_t g = static_cast<std::uint32_t>(saturate(c.y) * 255.0f + 0.5f);
                const std::uint32_t b = static_cast<std::uint32_t>(saturate(c.z) * 255.0f + 0.5f);
                const std::uint32_t a = static_cast<std::uint32_t>(saturate(c.w) * 255.0f + 0.5f);
                return r | (g << 8) | (b << 16) | (a << 24);""");
        h.fn("vec4 unpack_rgba8(std::uint32_t packed)", """
                const float inv = 1.0f / 255.0f;
                return vec4{static_cast<float>(packed & 0xffu) * inv,
                            static_cast<float>((packed >> 8) & 0xffu) * inv,
                            static_cast<float>((packed >> 16) & 0xffu) * inv,
                            static_cast<float>((packed >> 24) & 0xffu) * inv};""");
        h.fn("vec3 blackbody(float kelvin)", """
                // Coarse fit of the Planckian locus, good enough for emissive tints.
                const float t = clampf(kelvin, 1000.0f, 40000.0f) / 100.0f;
                float r = 1.0f;
                float g = 1.0f;
                float b = 1.0f;
                if (t <= 66.0f) {
                    g = saturate(0.3900816f * std::log(t) - 0.6318414f);
                    b = t <= 19.0f ? 0.0f : saturate(0.5432068f * std::log(t - 10.0f) - 1.1962541f);
                } else {
                    r = saturate(1.2929362f * std::pow(t - 60.0f, -0.1332048f));
                    g = saturate(1.1298909f * std::pow(t - 60.0f, -0.0755148f));
                }
                return vec3{r, g, b};""");
    }

    private static void easing(Header h) {
        h.section("Easing curves for animated parameters");
        h.fn("float ease_in_quad(float t)", "return t * t;");
        h.fn("float ease_out_quad(float t)", "return 1.0f - (1.0f - t) * (1.0f - t);");
        h.fn("float ease_in_out_cubic(float t)", """
                if (t < 0.5f) {
                    return 4.0f * t * t * t;
                }
                const float u = -2.0f * t + 2.0f;
                return 1.0f - u * u * u * 0.5f;""");
        h.fn("float ease_out_sine(float t)", "return std::sin(t * k_half_pi);");
        h.fn("float ease_out_elastic(float t)", """
                if (t <= 0.0f || t >= 1.0f) {
                    return saturate(t);
                }
                const float period = k_two_pi / 3.0f;
                return std::exp2(-10.0f * t) * std::sin((t * 10.0f - 0.75f) * period) + 1.0f;""");
        h.fn("float ease_out_bounce(float t)", """
                const float n = 7.5625f;
                const float d = 2.75f;
                if (t < 1.0f / d) {
                    return n * t * t;
                }
                if (t < 2.0f / d) {
                    const float u = t - 1.5f / d;
                    return n * u * u + 0.75f;
                }
                if (t < 2.5f / d) {
                    const float u = t - 2.25f / d;
                    return n * u * u + 0.9375f;
                }
                const float u = t - 2.625f / d;
                return n * u * u + 0.984375f;""");
    }

    private static void materials(Header h) {
        h.section("Materials");
        h.fn("material material_default()",
                "return material{vec3{0.8f, 0.8f, 0.8f}, 0.5f, 0.0f, vec3{0.0f, 0.0f, 0.0f}, 0u};");
        h.fn("material material_emissive(vec3 color, float strength, std::uint32_t id)",
                "return material{vec3{0.0f, 0.0f, 0.0f}, 1.0f, 0.0f, scale(color, strength), id};");
        h.fn("material material_lerp(const material& a, const material& b, float t)", """
                return material{lerp(a.albedo, b.albedo, t),
                                lerpf(a.roughness, b.roughness, t),
                                lerpf(a.metallic, b.metallic, t),
                                lerp(a.emission, b.emission, t),
                                t < 0.5f ? a.id : b.id};""");
        h.fn("material material_by_id(std::uint32_t id)", """
                switch (id % 4u) {
                case 1u:
                    return material{vec3{0.95f, 0.64f, 0.54f}, 0.3f, 1.0f, vec3{0.0f, 0.0f, 0.0f}, id};
                case 2u:
                    return material{vec3{0.1f, 0.4f, 0.9f}, 0.1f, 0.0f, vec3{0.0f, 0.0f, 0.0f}, id};
                case 3u:
                    return material_emissive(vec3{1.0f, 0.5f, 0.1f}, 4.0f, id);
                default:
                    break;
                }
                material m = material_default();
                m.id = id;
                return m;""");
    }

    private static void rayMarching(Header h) {
        h.section("Ray marching and shading");
        h.fn("march_settings march_settings_default()", "return march_settings{128u, 100.0f, k_surface_epsilon, 1.0f};");
        h.fn("sdf_hit sdf_hit_miss(float t, std::int32_t steps)", "return sdf_hit{t, k_far_plane, steps, 0u, false};");
        h.fn("vec2 screen_uv(vec2 pixel, vec2 resolution)", """
                const vec2 uv = div(add(pixel, splat2(0.5f)), resolution);
                return vec2{uv.x * 2.0f - 1.0f, 1.0f - uv.y * 2.0f};""");
        h.fn("ray camera_ray(vec3 eye, vec3 target, vec2 ndc, float fov_y, float aspect)", """
                const vec3 forward = normalize(sub(target, eye));
                const vec3 right = normalize(cross(forward, vec3{0.0f, 1.0f, 0.0f}));
                const vec3 up = cross(right, forward);
                const float half_h = std::tan(fov_y * 0.5f);
                const vec3 dir = add(forward, add(scale(right, ndc.x * half_h * aspect), scale(up, ndc.y * half_h)));
                return make_ray(eye, dir);""");
        h.fn("float linear_depth(float t, const ray& r, vec3 camera_forward)", "return t * dot(r.dir, camera_forward);");
        h.fn("sdf_hit ray_march(const ray& r, scene_fn scene, const void* user, const march_settings& settings)", """
                float t = 0.0f;
                float step_scale = settings.relaxation;
                float previous = 0.0f;
                for (std::uint32_t i = 0; i < settings.max_steps && i < k_max_march_steps; ++i) {
                    const float d = scene(ray_at(r, t), user);
                    // Over-relaxed sphere tracing: back off when consecutive spheres stop overlapping.
                    if (step_scale > 1.0f && std::fabs(d) + std::fabs(previous) < (step_scale - 1.0f) * previous) {
                        t -= (step_scale - 1.0f) * previous;
                        step_scale = 1.0f;
                        continue;
                    }
                    if (std::fabs(d) < settings.epsilon * t) {
                        return sdf_hit{t, d, static_cast<std::int32_t>(i), 0u, true};
                    }
                    previous = d * step_scale;
                    t += previous;
                    if (t > settings.max_distance) {
                        return sdf_hit_miss(t, static_cast<std::int32_t>(i));
                    }
                }
                return sdf_hit_miss(t, static_cast<std::int32_t>(settings.max_steps));""");
        h.fn("vec3 calc_normal(vec3 p, scene_fn scene, const void* user)", """
                const float e = 1.0e-3f;
                const float dx = scene(vec3{p.x + e, p.y, p.z}, user) - scene(vec3{p.x - e, p.y, p.z}, user);
                const float dy = scene(vec3{p.x, p.y + e, p.z}, user) - scene(vec3{p.x, p.y - e, p.z}, user);
                const float dz = scene(vec3{p.x, p.y, p.z + e}, user) - scene(vec3{p.x, p.y, p.z - e}, user);
                return normalize(vec3{dx, dy, dz});""");
        h.fn("vec3 calc_normal_tetra(vec3 p, scene_fn scene, const void* user)", """
                // Four samples on a tetrahedron instead of six on the axes.
                const float e = 1.0e-3f;
                const vec3 k[4] = {vec3{1.0f, -1.0f, -1.0f}, vec3{-1.0f, -1.0f, 1.0f},
                                   vec3{-1.0f, 1.0f, -1.0f}, vec3{1.0f, 1.0f, 1.0f}};
                vec3 n{0.0f, 0.0f, 0.0f};
                for (int i = 0; i < 4; ++i) {
                    n = add(n, scale(k[i], scene(add(p, scale(k[i], e)), user)));
                }
                return normalize(n);""");
        h.fn("float hard_shadow(vec3 origin, vec3 to_light, float max_t, scene_fn scene, const void* user)", """
                float t = 0.02f;
                for (int i = 0; i < 64 && t < max_t; ++i) {
                    const float d = scene(add(origin, scale(to_light, t)), user);
                    if (d < k_surface_epsilon) {
                        return 0.0f;
                    }
                    t += d;
                }
                return 1.0f;""");
        h.fn("float soft_shadow(vec3 origin, vec3 to_light, float max_t, float hardness, scene_fn scene, const void* user)", """
                float result = 1.0f;
                float t = 0.02f;
                for (int i = 0; i < 96 && t < max_t; ++i) {
                    const float d = scene(add(origin, scale(to_light, t)), user);
                    if (d < k_surface_epsilon) {
                        return 0.0f;
                    }
                    result = std::fmin(result, hardness * d / t);
                    t += clampf(d, 0.01f, 0.5f);
                }
                return saturate(result);""");
        h.fn("float ambient_occlusion(vec3 p, vec3 n, scene_fn scene, const void* user)", """
                float occlusion = 0.0f;
                float weight = 1.0f;
                for (int i = 1; i <= 5; ++i) {
                    const float h = 0.02f + 0.06f * static_cast<float>(i);
                    const float d = scene(add(p, scale(n, h)), user);
                    occlusion += (h - d) * weight;
                    weight *= 0.85f;
                }
                return saturate(1.0f - 2.5f * occlusion);""");
        h.fn("float fresnel_schlick(float cos_theta, float f0)", """
                const float m = saturate(1.0f - cos_theta);
                const float m2 = m * m;
                return f0 + (1.0f - f0) * m2 * m2 * m;""");
        h.fn("float lambert(vec3 n, vec3 to_light)", "return std::fmax(dot(n, to_light), 0.0f);");
        h.fn("float blinn_phong(vec3 n, vec3 to_light, vec3 to_eye, float shininess)", """
                const vec3 half_vec = normalize(add(to_light, to_eye));
                return std::pow(std::fmax(dot(n, half_vec), 0.0f), shininess);""");
        h.fn("vec3 sky_color(vec3 dir)", """
                const float t = saturate(dir.y * 0.5f + 0.5f);
                return lerp(vec3{0.9f, 0.85f, 0.8f}, vec3{0.25f, 0.45f, 0.85f}, t);""");
        h.fn("vec3 apply_fog(vec3 color, float distance, float density, vec3 fog_color)", """
                const float f = 1.0f - std::exp(-distance * density);
                return lerp(color, fog_color, saturate(f));""");
        h.fn("vec3 shade_hit(const sdf_hit& hit, const ray& r, const light& sun, scene_fn scene, const void* user)", """
                if (!hit.hit) {
                    return sky_color(r.dir);
                }
                const vec3 p = ray_at(r, hit.t);
                const vec3 n = calc_normal_tetra(p, scene, user);
                const material mat = material_by_id(hit.material_id);
                const vec3 to_light = neg(normalize(sun.direction));
                const vec3 to_eye = neg(r.dir);
                const float shadow = soft_shadow(add(p, scale(n, 2.0f * k_surface_epsilon)), to_light, 20.0f, 8.0f, scene, user);
                const float ao = ambient_occlusion(p, n, scene, user);
                const float fresnel = fresnel_schlick(std::fmax(dot(n, to_eye), 0.0f), lerpf(0.04f, 1.0f, mat.metallic));
                const float diffuse = lambert(n, to_light) * shadow * (1.0f - mat.metallic);
                const float specular = blinn_phong(n, to_light, to_eye, lerpf(256.0f, 8.0f, mat.roughness)) * shadow * fresnel;
                vec3 color = scale(mul(mat.albedo, sun.color), diffuse * sun.intensity);
                color = add(color, scale(sun.color, specular * sun.intensity));
                color = add(color, scale(mul(mat.albedo, sky_color(n)), 0.15f * ao));
                color = add(color, mat.emission);
                return apply_fog(color, hit.t, 0.02f, sky_color(r.dir));""");
    }
}
