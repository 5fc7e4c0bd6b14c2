// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.usage;

import dev.headroom.analysis.cost.CostModel;
import dev.headroom.analysis.include.FileIndex;
import dev.headroom.model.HeaderOutline;
import dev.headroom.model.SymbolDependency;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How much of each header a module parses it uses: per header, the declarations at file and namespace scope (as
 * the header's outline counts them), those the module names directly, and the dependency closure of those, which
 * is what an incremental, per-function JIT would have to build.
 *
 * <p>Used: a jank module's references ({@link ModuleReferences#jank}), each looked up in every outlined header's
 * declared symbols with {@link ModuleReferences#lookUp}; a C++ unit's cross-file uses from its main file, each
 * looked up in the outline of the file declaring it. A C++ use the outline does not place makes the whole header
 * used, as a split keeps such an includer on everything. Needed: breadth-first from the used declarations over
 * what each names, within its header (the outline's {@code uses}) and in other outlined headers (its
 * {@code usesPlaces}, mapped to the declaration whose text holds the place by binary search over starts).
 * O(D log D + E) for D declarations and E names in the module's outlines.
 *
 * <p>Bytes are an estimate: a header's AST bytes (the cost model's self bytes for the file) are apportioned to its
 * declarations by the length of their text, and the needed bytes are the needed declarations' share. A header whose
 * outline holds no declaration keeps its whole cost (share 1). Macros, argument-dependent look-up and templates
 * instantiated from other headers are not followed (see docs/decisions/0018).
 */
public final class HeaderUtilisation {
    private final FileIndex files;
    private final CostModel model;

    public HeaderUtilisation(FileIndex files, CostModel model) {
        this.files = Objects.requireNonNull(files, "files");
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * What one module names.
     *
     * @param module its unit's name (a jank namespace or a C++ unit)
     * @param names  qualified names it spells (a jank module's references), looked up in every header
     * @param uses   cross-file uses of its own files, looked up in the header declaring each
     */
    public record ModuleUses(String module, Set<String> names, List<SymbolDependency> uses) {
        public ModuleUses {
            Objects.requireNonNull(module, "module");
            names = Set.copyOf(names);
            uses = List.copyOf(uses);
        }
    }

    /**
     * One header as one module uses it.
     *
     * @param header         absolute path
     * @param parsed         declarations at file and namespace scope
     * @param used           of those, the ones the module names directly
     * @param needed         the closure of the used ones within this header (used included)
     * @param astBytes       the header's estimated AST bytes
     * @param neededAstBytes the estimated share of {@code astBytes} the needed declarations cost
     * @param neededShare    that share as a fraction of the header's declaration text, 0..1
     * @param usedNames      the used declarations' names, in file order
     * @param neededNames    the needed declarations' names, in file order
     */
    public record HeaderUse(String header, int parsed, int used, int needed, long astBytes, long neededAstBytes,
            double neededShare, List<String> usedNames, List<String> neededNames) {
        public HeaderUse {
            usedNames = List.copyOf(usedNames);
            neededNames = List.copyOf(neededNames);
        }

        /** Used declarations as a percentage of parsed ones (0 for a header declaring nothing). */
        public double usedPercent() {
            return parsed == 0 ? 0 : 100.0 * used / parsed;
        }

        /** Needed declarations as a percentage of parsed ones. */
        public double neededPercent() {
            return parsed == 0 ? 0 : 100.0 * needed / parsed;
        }
    }

    /**
     * One module's use of every header it parses.
     *
     * @param module   the unit's name
     * @param headers  one row per outlined header, in the order given
     * @param unplaced names the module spells or uses that no outlined declaration declares
     */
    public record ModuleUtilisation(String module, List<HeaderUse> headers, List<String> unplaced) {
        public ModuleUtilisation {
            headers = List.copyOf(headers);
            unplaced = List.copyOf(unplaced);
        }

        public int parsed() {
            return headers.stream().mapToInt(HeaderUse::parsed).sum();
        }

        public int used() {
            return headers.stream().mapToInt(HeaderUse::used).sum();
        }

        public int needed() {
            return headers.stream().mapToInt(HeaderUse::needed).sum();
        }

        public long astBytes() {
            return headers.stream().mapToLong(HeaderUse::astBytes).sum();
        }

        public long neededAstBytes() {
            return headers.stream().mapToLong(HeaderUse::neededAstBytes).sum();
        }

        /** The row of {@code header} (an absolute path), if it was outlined. */
        public Optional<HeaderUse> header(String header) {
            return headers.stream().filter(h -> h.header().equals(header)).findFirst();
        }

        /** Each header's needed share, by path: what the incremental JIT what-if charges. */
        public Map<String, Double> neededShares() {
            Map<String, Double> out = new LinkedHashMap<>();
            headers.forEach(h -> out.put(h.header(), h.neededShare()));
            return out;
        }
    }

    /** {@code uses}' utilisation of the headers {@code outlines} describe, all from the module's own parse. */
    public ModuleUtilisation of(ModuleUses uses, List<HeaderOutline> outlines) {
        List<Located> located = outlines.stream().map(Located::new).toList();
        Map<String, Located> byPath = new HashMap<>();
        located.forEach(l -> byPath.putIfAbsent(l.outline.header(), l));
        List<String> unplaced = new ArrayList<>();
        List<boolean[]> used = new ArrayList<>();
        located.forEach(l -> used.add(new boolean[l.size()]));

        for (String name : uses.names()) {
            boolean found = false;
            for (int h = 0; h < located.size(); h++) {
                Set<Integer> at = ModuleReferences.lookUp(located.get(h).bySymbol, name);
                if (at != null) {
                    found = true;
                    boolean[] into = used.get(h);
                    at.forEach(i -> into[i] = true);
                }
            }
            if (!found) {
                unplaced.add(name);
            }
        }
        for (SymbolDependency d : uses.uses()) {
            int h = located.indexOf(byPath.get(d.declaredIn()));
            if (h < 0) {
                continue;
            }
            Set<Integer> at = ModuleReferences.lookUp(located.get(h).bySymbol, d.symbol());
            boolean[] into = used.get(h);
            if (at == null) {
                unplaced.add(d.symbol());
                Arrays.fill(into, true);
            } else {
                at.forEach(i -> into[i] = true);
            }
        }

        List<boolean[]> needed = new ArrayList<>();
        Deque<int[]> todo = new ArrayDeque<>();
        for (int h = 0; h < located.size(); h++) {
            needed.add(used.get(h).clone());
            for (int i = 0; i < used.get(h).length; i++) {
                if (used.get(h)[i]) {
                    todo.add(new int[] {h, i});
                }
            }
        }
        while (!todo.isEmpty()) {
            int[] at = todo.poll();
            HeaderOutline.Declaration d = located.get(at[0]).outline.declarations().get(at[1]);
            for (int j : d.uses()) {
                if (!needed.get(at[0])[j]) {
                    needed.get(at[0])[j] = true;
                    todo.add(new int[] {at[0], j});
                }
            }
            for (HeaderOutline.Place p : d.usesPlaces()) {
                Located other = byPath.get(p.file());
                int j = other == null ? -1 : other.indexAt(p.offset());
                if (j >= 0) {
                    int h = located.indexOf(other);
                    if (!needed.get(h)[j]) {
                        needed.get(h)[j] = true;
                        todo.add(new int[] {h, j});
                    }
                }
            }
        }

        List<HeaderUse> rows = new ArrayList<>();
        for (int h = 0; h < located.size(); h++) {
            rows.add(row(located.get(h), used.get(h), needed.get(h)));
        }
        return new ModuleUtilisation(uses.module(), rows, unplaced);
    }

    private HeaderUse row(Located l, boolean[] used, boolean[] needed) {
        List<HeaderOutline.Declaration> decls = l.outline.declarations();
        long allChars = 0;
        long neededChars = 0;
        int usedCount = 0;
        int neededCount = 0;
        Set<String> usedNames = new LinkedHashSet<>();
        Set<String> neededNames = new LinkedHashSet<>();
        for (int i = 0; i < decls.size(); i++) {
            long chars = decls.get(i).shape() == HeaderOutline.Shape.ELSEWHERE ? 0 : decls.get(i).length();
            allChars += chars;
            if (used[i]) {
                usedCount++;
                usedNames.add(decls.get(i).name());
            }
            if (needed[i]) {
                neededCount++;
                neededChars += chars;
                neededNames.add(decls.get(i).name());
            }
        }
        double share = allChars == 0 ? 1.0 : (double) neededChars / allChars;
        long ast = files.file(l.outline.header()).map(model::selfBytes).orElse(0L);
        return new HeaderUse(l.outline.header(), decls.size(), usedCount, neededCount, ast, Math.round(ast * share),
                share, List.copyOf(usedNames), List.copyOf(neededNames));
    }

    /** An outline with its symbols and its declarations' spans, sorted by start for look-up by offset. */
    private static final class Located {
        final HeaderOutline outline;
        final Map<String, Set<Integer>> bySymbol = new HashMap<>();
        final int[] starts;
        final int[] ends;
        final int[] indices;

        Located(HeaderOutline outline) {
            this.outline = outline;
            List<HeaderOutline.Declaration> decls = outline.declarations();
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < decls.size(); i++) {
                HeaderOutline.Declaration d = decls.get(i);
                for (String s : d.symbols()) {
                    bySymbol.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(i);
                }
                if (d.shape() != HeaderOutline.Shape.ELSEWHERE) {
                    spans.add(new int[] {d.offset(), d.end(), i});
                }
            }
            spans.sort(Comparator.comparingInt(x -> x[0]));
            starts = spans.stream().mapToInt(x -> x[0]).toArray();
            ends = spans.stream().mapToInt(x -> Math.max(x[1], x[0] + 1)).toArray();
            indices = spans.stream().mapToInt(x -> x[2]).toArray();
        }

        int size() {
            return outline.declarations().size();
        }

        /** The declaration whose text holds {@code offset}, or -1. */
        int indexAt(int offset) {
            int at = Arrays.binarySearch(starts, offset);
            int k = at >= 0 ? at : -at - 2;
            while (k > 0 && starts[k - 1] == starts[k]) {
                k--;
            }
            return k >= 0 && offset < ends[k] ? indices[k] : -1;
        }
    }
}
