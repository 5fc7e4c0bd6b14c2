// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.analysis.UnitFigures;
import dev.headroom.measure.HandMeasured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace correction fitted to clang's figures of the workspace's own units, on real parses of units that use
 * libstdc++ and nlohmann-json and real clang 14: nothing is corrected below the minimum, a unit left out of the fit
 * is corrected closer to clang, and a unit whose content changed loses its measurement. One test, in steps, since
 * each step measures on top of the cache the step before filled (clang and the parses take about a minute).
 */
class WorkspaceCorrectionTest {
    private static final List<String> FLAGS = List.of("-std=c++17");

    @TempDir
    static Path dir;

    @BeforeAll
    static void needsClangAndHeaders() {
        HandMeasured.requireInstalled("clang-14 time nlohmann-json3-dev", "/usr/bin/clang++", "/usr/bin/time",
                "/usr/include/nlohmann/json.hpp", "/usr/include/c++/12/regex");
    }

    @Test
    void measuredUnitsCorrectAnUnmeasuredTemplateHeavyUnitOnlyFromFiveOnAndOnlyWhileTheirContentStays()
            throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path cache = dir.resolve("cache");
        writeUnits(src);
        List<Path> first = units(src, "containers", "variant_visit", "strings", "json_config");
        List<Path> all = units(src, "containers", "variant_visit", "strings", "json_config", "algorithms",
                "json_query");

        // Four units measured: one short of the minimum, so the other two stay bundled estimates.
        run(src, cache, first, true);
        AnalysedWorkspace four = run(src, cache, all, false);
        assertEquals(4, four.figures().correction().samples().size(), "the four figures are found in the cache");
        assertFalse(four.figures().correction().applies());
        assertEquals(UnitFigures.Source.ESTIMATED, figure(four, "json_query.cpp").source());
        assertEquals(UnitFigures.Source.MEASURED, figure(four, "json_config.cpp").source());
        assertTrue(four.figures().correction().summary().contains("4 of the 5 measured units a correction needs"),
                four.figures().correction().summary());

        // A fifth, measured alone: json_query.cpp is now corrected, by a fit that never saw it.
        run(src, cache, units(src, "algorithms"), true);
        AnalysedWorkspace five = run(src, cache, all, false);
        assertTrue(five.figures().correction().applies(), five.figures().correction().summary());
        UnitFigures.Figure query = figure(five, "json_query.cpp");
        assertEquals(UnitFigures.Source.CORRECTED, query.source());
        long clang = HandMeasured.astBytes(src.resolve("json_query.cpp"), FLAGS);
        long before = Math.abs(query.estimatedAstBytes() - clang);
        long after = Math.abs(query.correctedAstBytes() - clang);
        assertTrue(query.estimatedAstBytes() < 0.7 * clang, "the bundled model under-estimates it: "
                + query.estimatedAstBytes() + " against clang's " + clang);
        assertTrue(after < 0.5 * before, "corrected " + query.correctedAstBytes() + ", estimated "
                + query.estimatedAstBytes() + ", clang " + clang);
        assertTrue(five.figures().correction().afterPct() < five.figures().correction().beforePct());
        assertTrue(Files.exists(cache.resolve("clang-units")), "the figures are kept in the cache");
        try (Stream<Path> inTree = Files.list(src)) {
            assertEquals(6, inTree.count(), "nothing is written into the analysed tree");
        }

        // strings.cpp changes: its measurement is stale, so it is not used and four remain.
        Files.writeString(src.resolve("strings.cpp"), "\nint added() { return 1; }\n",
                java.nio.file.StandardOpenOption.APPEND);
        AnalysedWorkspace changed = run(src, cache, all, false);
        assertEquals(UnitFigures.Source.ESTIMATED, figure(changed, "strings.cpp").source());
        assertEquals(4, changed.figures().correction().samples().size());
        assertFalse(changed.figures().correction().applies());
    }

    private static AnalysedWorkspace run(Path src, Path cache, List<Path> units, boolean measure) throws Exception {
        AnalysisRequest request = new AnalysisRequest(units, FLAGS, src, 2, false, cache, true, null, null, measure,
                List.of());
        return AnalysisSession.bundled().prepare(request).run(Progress.SILENT, () -> false);
    }

    private static UnitFigures.Figure figure(AnalysedWorkspace ws, String unit) {
        return ws.figures().unit(unit).orElseThrow(() -> new AssertionError(unit + " has no figure: "
                + ws.figures().figures()));
    }

    private static List<Path> units(Path src, String... names) {
        return Stream.of(names).map(n -> src.resolve(n + ".cpp")).toList();
    }

    private static void writeUnits(Path src) throws IOException {
        Files.writeString(src.resolve("containers.cpp"), """
                #include <unordered_map>
                #include <map>
                #include <vector>
                #include <string>
                #include <algorithm>
                #include <memory>
                #include <deque>
                #include <list>
                using Index = std::unordered_map<std::string, std::vector<std::pair<int, std::string>>>;
                Index build(const std::vector<std::string>& words) {
                    Index idx;
                    for (std::size_t i = 0; i < words.size(); ++i) idx[words[i]].emplace_back(int(i), words[i]);
                    return idx;
                }
                std::map<int, std::deque<std::string>> byLength(const std::vector<std::string>& w) {
                    std::map<int, std::deque<std::string>> m;
                    for (auto& s : w) m[int(s.size())].push_front(s);
                    return m;
                }
                std::list<std::unique_ptr<std::string>> owned(const std::vector<std::string>& w) {
                    std::list<std::unique_ptr<std::string>> l;
                    for (auto& s : w) l.push_back(std::make_unique<std::string>(s));
                    l.sort([](auto& a, auto& b) { return *a < *b; });
                    return l;
                }
                void sortAll(std::vector<std::string>& w) { std::sort(w.begin(), w.end()); }
                """);
        Files.writeString(src.resolve("variant_visit.cpp"), """
                #include <variant>
                #include <string>
                #include <vector>
                #include <tuple>
                #include <functional>
                #include <memory>
                using Value = std::variant<int, double, std::string, std::vector<int>, std::shared_ptr<std::string>>;
                std::string describe(const Value& v) {
                    return std::visit([](const auto& x) -> std::string {
                        using T = std::decay_t<decltype(x)>;
                        if constexpr (std::is_same_v<T, int>) return "int";
                        else if constexpr (std::is_same_v<T, double>) return "double";
                        else if constexpr (std::is_same_v<T, std::string>) return x;
                        else if constexpr (std::is_same_v<T, std::vector<int>>) return "vector";
                        else return *x;
                    }, v);
                }
                int sum(const std::tuple<int, long, short, char>& t) { return std::apply([](auto... x) { return int((x + ...)); }, t); }
                std::vector<std::function<int(int)>> ops() { return {[](int x) { return x + 1; }, [](int x) { return x * 2; }}; }
                """);
        Files.writeString(src.resolve("strings.cpp"), """
                #include <string>
                #include <sstream>
                #include <iomanip>
                #include <vector>
                #include <regex>
                std::vector<std::string> split(const std::string& s, char sep) {
                    std::vector<std::string> out; std::stringstream ss(s); std::string item;
                    while (std::getline(ss, item, sep)) out.push_back(item);
                    return out;
                }
                std::string hex(unsigned v) { std::ostringstream os; os << std::hex << std::setw(8) << std::setfill('0') << v; return os.str(); }
                bool email(const std::string& s) { static const std::regex re(R"(\\w+@\\w+\\.\\w+)"); return std::regex_match(s, re); }
                """);
        Files.writeString(src.resolve("json_config.cpp"), """
                #include <nlohmann/json.hpp>
                #include <string>
                #include <vector>
                #include <map>
                struct Endpoint { std::string host; int port; std::vector<std::string> tags; };
                struct Config { std::string name; std::vector<Endpoint> endpoints; std::map<std::string, double> limits; };
                void to_json(nlohmann::json& j, const Endpoint& e) { j = nlohmann::json{{"host", e.host}, {"port", e.port}, {"tags", e.tags}}; }
                void from_json(const nlohmann::json& j, Endpoint& e) { j.at("host").get_to(e.host); j.at("port").get_to(e.port); j.at("tags").get_to(e.tags); }
                void to_json(nlohmann::json& j, const Config& c) { j = nlohmann::json{{"name", c.name}, {"endpoints", c.endpoints}, {"limits", c.limits}}; }
                void from_json(const nlohmann::json& j, Config& c) { j.at("name").get_to(c.name); j.at("endpoints").get_to(c.endpoints); j.at("limits").get_to(c.limits); }
                Config load(const std::string& text) { return nlohmann::json::parse(text).get<Config>(); }
                std::string save(const Config& c) { return nlohmann::json(c).dump(2); }
                """);
        Files.writeString(src.resolve("algorithms.cpp"), """
                #include <algorithm>
                #include <numeric>
                #include <vector>
                #include <string>
                #include <map>
                #include <functional>
                #include <iterator>
                std::vector<int> top(std::vector<int> v, int k) { std::partial_sort(v.begin(), v.begin() + k, v.end(), std::greater<>()); v.resize(k); return v; }
                std::map<char, int> freq(const std::string& s) { std::map<char, int> m; for (char c : s) ++m[c]; return m; }
                long total(const std::vector<long>& v) { return std::accumulate(v.begin(), v.end(), 0L) + std::inner_product(v.begin(), v.end(), v.begin(), 0L); }
                std::vector<std::string> uniq(std::vector<std::string> v) { std::sort(v.begin(), v.end()); v.erase(std::unique(v.begin(), v.end()), v.end()); return v; }
                """);
        Files.writeString(src.resolve("json_query.cpp"), """
                #include <nlohmann/json.hpp>
                #include <string>
                #include <vector>
                #include <map>
                #include <set>
                #include <optional>
                using nlohmann::json;
                std::map<std::string, std::vector<int>> histogram(const json& doc) {
                    std::map<std::string, std::vector<int>> out;
                    for (auto& [key, value] : doc.items()) {
                        if (value.is_array()) out[key] = value.get<std::vector<int>>();
                        else if (value.is_number_integer()) out[key].push_back(value.get<int>());
                    }
                    return out;
                }
                std::optional<std::string> find(const json& doc, const json::json_pointer& p) {
                    if (!doc.contains(p)) return std::nullopt;
                    return doc.at(p).dump();
                }
                json merge(json a, const json& b) { a.merge_patch(b); return a; }
                std::set<std::string> keys(const json& doc) { std::set<std::string> k; for (auto it = doc.begin(); it != doc.end(); ++it) k.insert(it.key()); return k; }
                std::vector<std::uint8_t> pack(const json& doc) { return json::to_cbor(doc); }
                json unpack(const std::vector<std::uint8_t>& v) { return json::from_cbor(v); }
                """);
    }
}
