// SPDX-License-Identifier: Apache-2.0

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates a synthetic C++ code base and its {@code compile_commands.json}: N units over the system headers, for
 * benchmarking Headroom at scale and for testing {@code analyze --shard} / {@code merge}.
 *
 * <p>The code base looks like a mid-sized C++ application: four areas ({@code core} on the standard library,
 * {@code net} on Boost.Asio and friends, {@code gfx} on Vulkan and Dear ImGui, {@code tools} on assorted Boost),
 * 48 project headers (each includes a few library headers and earlier project headers, so project headers are
 * shared as in real code), and units that include 3 to 8 standard headers, 0 to 3 headers of their area's
 * libraries and 1 to 3 project headers. Only library headers installed under {@code /usr/include} are used
 * (Debian: {@code libboost-dev libvulkan-dev libimgui-dev}); the generator says which it skipped.
 *
 * <p>Deterministic: the same N, seed and installed headers give the same files (no timestamps, LF, UTF-8). It writes
 * only into OUT, which must not lie inside a Git work tree (generated code does not belong in the repository), and
 * refuses an OUT that holds anything but an earlier output of its own.
 *
 * <p>Usage (JDK 21, single-file source launcher):
 * <pre>{@code $JAVA_HOME/bin/java samples/tools/GenerateCompileDatabase.java OUT N [SEED]}</pre>
 * then {@code headroom analyze OUT/compile_commands.json}.
 */
public final class GenerateCompileDatabase {
    private static final String MARK = ".headroom-generated-database";

    private static final List<String> STD = List.of("vector", "string", "map", "unordered_map", "memory",
            "algorithm", "functional", "optional", "variant", "iostream", "sstream", "chrono", "thread", "mutex",
            "array", "set", "deque", "tuple", "numeric", "cstdint", "cstring", "cmath", "filesystem", "regex",
            "atomic", "fstream", "condition_variable", "future", "iomanip", "list", "queue", "random", "string_view",
            "type_traits", "utility", "cassert", "limits", "stdexcept", "bitset", "complex");

    /** An area of the application: its share of units and the library headers it draws on. */
    private record Area(String name, int weight, List<String> libraries) {
    }

    private static final List<Area> AREAS = List.of(
            new Area("core", 40, List.of()),
            new Area("net", 15, List.of("boost/asio.hpp", "boost/beast/http.hpp", "boost/system/error_code.hpp",
                    "boost/asio/ip/tcp.hpp", "boost/endian/conversion.hpp", "boost/url.hpp")),
            new Area("gfx", 25, List.of("vulkan/vulkan.h", "vulkan/vulkan.hpp", "imgui.h", "imgui_internal.h",
                    "backends/imgui_impl_vulkan.h", "boost/container/small_vector.hpp")),
            new Area("tools", 20, List.of("boost/algorithm/string.hpp", "boost/format.hpp", "boost/lexical_cast.hpp",
                    "boost/container/flat_map.hpp", "boost/optional.hpp", "boost/variant.hpp", "boost/any.hpp",
                    "boost/functional/hash.hpp", "boost/multi_index_container.hpp", "boost/signals2.hpp",
                    "boost/property_tree/ptree.hpp", "boost/uuid/uuid.hpp", "boost/graph/adjacency_list.hpp",
                    "boost/program_options.hpp", "boost/date_time/posix_time/posix_time.hpp")));

    private static final List<Path> SEARCH = List.of(Path.of("/usr/include"), Path.of("/usr/include/imgui"));
    private static final int PROJECT_HEADERS = 48;

    private GenerateCompileDatabase() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java samples/tools/GenerateCompileDatabase.java OUT N [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]).toAbsolutePath().normalize();
        int units = Integer.parseInt(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 12L;
        if (units < 1) {
            fail("N must be 1 or more, was " + units);
        }
        for (Path p = out; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                fail(out + " lies inside the Git work tree " + p + "; give a folder outside it, e.g. /tmp/db");
            }
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARK))) {
            try (var entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    fail(out + " holds other files; give a new or empty folder");
                }
            }
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve(MARK), "written by samples/tools/GenerateCompileDatabase.java\n");

        Set<String> skipped = new LinkedHashSet<>();
        List<List<String>> available = new ArrayList<>();
        for (Area a : AREAS) {
            List<String> present = new ArrayList<>();
            for (String h : a.libraries()) {
                if (SEARCH.stream().anyMatch(dir -> Files.isRegularFile(dir.resolve(h)))) {
                    present.add(h);
                } else {
                    skipped.add(h);
                }
            }
            available.add(present);
        }

        Random random = new Random(seed);
        List<String> headerArea = new ArrayList<>();
        for (int h = 0; h < PROJECT_HEADERS; h++) {
            int area = pickArea(random);
            headerArea.add(AREAS.get(area).name());
            StringBuilder text = new StringBuilder("#pragma once\n");
            for (String s : pick(random, STD, 1 + random.nextInt(3))) {
                text.append("#include <").append(s).append(">\n");
            }
            for (String s : pick(random, available.get(area), random.nextInt(2))) {
                text.append("#include <").append(s).append(">\n");
            }
            if (h > 0) {
                for (int earlier : pickIndices(random, h, random.nextInt(3))) {
                    text.append("#include \"").append(headerName(earlier, headerArea.get(earlier))).append("\"\n");
                }
            }
            text.append("\nnamespace app::").append(AREAS.get(area).name()).append(" {\n")
                    .append("struct Part").append(h).append(" {\n    int id = ").append(h).append(";\n")
                    .append("    int next(int x) const { return x * ").append(h + 3).append(" + id; }\n};\n")
                    .append("inline int part").append(h).append("_twice(int x) { return Part").append(h)
                    .append("{}.next(x) * 2; }\n}\n");
            write(out.resolve("include").resolve(headerName(h, AREAS.get(area).name())), text.toString());
        }

        StringBuilder db = new StringBuilder("[\n");
        for (int u = 0; u < units; u++) {
            int area = pickArea(random);
            String name = AREAS.get(area).name();
            String file = "src/" + name + "/" + name + "_" + String.format("%04d", u) + ".cpp";
            StringBuilder text = new StringBuilder();
            for (int h : pickIndices(random, PROJECT_HEADERS, 1 + random.nextInt(3))) {
                text.append("#include \"").append(headerName(h, headerArea.get(h))).append("\"\n");
            }
            for (String s : pick(random, STD, 3 + random.nextInt(6))) {
                text.append("#include <").append(s).append(">\n");
            }
            for (String s : pick(random, available.get(area), random.nextInt(4))) {
                text.append("#include <").append(s).append(">\n");
            }
            text.append("\nnamespace app::").append(name).append(" {\nint unit").append(u)
                    .append("(int x) {\n    return x + ").append(u).append(";\n}\n}\n");
            write(out.resolve(file), text.toString());
            if (u > 0) {
                db.append(",\n");
            }
            db.append("  {\"directory\": \"").append(json(out.toString())).append("\", \"file\": \"").append(file)
                    .append("\", \"arguments\": [\"clang++\", \"-std=c++17\", \"-Iinclude\", \"-isystem\", ")
                    .append("\"/usr/include/imgui\", \"-DAPP_AREA_").append(name.toUpperCase(java.util.Locale.ROOT))
                    .append("\", \"-c\", \"").append(file).append("\", \"-o\", \"build/").append(file).append(".o\"]}");
        }
        db.append("\n]\n");
        write(out.resolve("compile_commands.json"), db.toString());
        System.out.println("wrote " + units + " units and " + PROJECT_HEADERS + " project headers to " + out
                + " (seed " + seed + ")");
        if (!skipped.isEmpty()) {
            System.out.println("not installed, so not included: " + String.join(", ", skipped));
        }
    }

    private static int pickArea(Random random) {
        int total = AREAS.stream().mapToInt(Area::weight).sum();
        int r = random.nextInt(total);
        for (int i = 0; i < AREAS.size(); i++) {
            r -= AREAS.get(i).weight();
            if (r < 0) {
                return i;
            }
        }
        return 0;
    }

    /** {@code n} distinct items in their list order. */
    private static List<String> pick(Random random, List<String> from, int n) {
        return pickIndices(random, from.size(), n).stream().map(from::get).toList();
    }

    private static List<Integer> pickIndices(Random random, int size, int n) {
        Set<Integer> chosen = new java.util.TreeSet<>();
        int want = Math.min(n, size);
        while (chosen.size() < want) {
            chosen.add(random.nextInt(size));
        }
        return List.copyOf(chosen);
    }

    private static String headerName(int h, String area) {
        return "app/" + area + "/part" + h + ".hpp";
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void fail(String message) {
        System.err.println("GenerateCompileDatabase: " + message);
        System.exit(2);
    }
}
