// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import dev.headroom.analysis.usage.ModuleReferences;
import dev.headroom.model.HeaderOutline;
import dev.headroom.model.IncludeEdge;
import dev.headroom.model.IncludeStatus;
import dev.headroom.model.Origin;
import dev.headroom.model.SourceFile;
import dev.headroom.model.SymbolDependency;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.UnitKind;
import dev.headroom.model.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans splitting a project header into pieces by which includers use which of its declarations. An includer is a
 * file holding an {@code #include} of the header (with every file that reaches the header through it) or a jank
 * module requiring it; what it uses is what its files name from the header (the analysis' cross-file uses) or, for a
 * jank module, its {@code alias/name} references resolved against the require's {@code :scope} and the names its
 * {@code cpp/} forms spell. Declarations that must stay together (the same name, a shared line, a dependency cycle)
 * are one unit; {@link SplitClusters} groups the units by includer set and merges the groups to at most k pieces.
 * Each piece includes the original's includes its declarations name something from (through the include graph) and
 * the pieces it depends on; the header becomes an umbrella including every piece (and keeping its own includes), so
 * old includers compile unchanged; each includer that needs fewer pieces than all can be pointed at only those.
 *
 * <p>Conservative like {@link ForwardPlanner}: the preprocessor structure must be an include guard or
 * {@code #pragma once}, includes before the first declaration and declarations in named namespaces; conditional
 * blocks, macros defined in the header, directives between declarations, declarations made or named by macros,
 * {@code extern "C"} blocks, inline and unnamed namespaces and a declaration naming a file the header does not
 * include refuse the split, each with its line.
 */
public final class SplitPlanner {
    private static final Set<IncludeStatus> FOLLOWED = Set.of(IncludeStatus.ENTERED, IncludeStatus.SKIPPED_ONCE);
    private static final Pattern DEFINE = Pattern.compile("(?m)^[ \\t]*#[ \\t]*define[ \\t]+([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** The default cap on pieces: more would be more files than a reader follows. */
    public static final int DEFAULT_PIECES = 4;

    private final Workspace workspace;
    private final List<JankAlias> jank;
    private final MovePlanner paths;
    private final Map<String, SourceFile> files = new HashMap<>();
    private final Map<String, Set<String>> graph = new HashMap<>();
    private final Map<String, Set<String>> reverse = new HashMap<>();
    private final Map<String, List<SymbolDependency>> usesFrom = new HashMap<>();

    /**
     * A jank module's native require, as its ns form writes it.
     *
     * @param unit   the module's unit (its namespace)
     * @param file   absolute path of the {@code .jank} file
     * @param header the required header as written ({@code vybe/vybe_sdf_math.h})
     * @param alias  its {@code :as}, or {@code null}
     * @param scope  its {@code :scope} (dots), or {@code null}
     */
    public record JankAlias(String unit, String file, String header, String alias, String scope) {
    }

    /**
     * What the user asks for.
     *
     * @param pieces  at most this many pieces (ignored when {@code chosen} is given)
     * @param chosen  the pieces as the user arranged them, or empty for the planner's
     * @param repoint whether includers are pointed at only the pieces they use
     */
    public record Choice(int pieces, List<ChosenPiece> chosen, boolean repoint) {
        public Choice {
            chosen = chosen == null ? List.of() : List.copyOf(chosen);
        }

        /** The planner's pieces, at most {@link #DEFAULT_PIECES}, includers repointed. */
        public static Choice byDefault() {
            return new Choice(DEFAULT_PIECES, List.of(), true);
        }
    }

    /**
     * A piece as the user arranged it.
     *
     * @param file         the new header's file name, beside the original
     * @param declarations the names of the declarations it holds
     */
    public record ChosenPiece(String file, List<String> declarations) {
        public ChosenPiece {
            declarations = List.copyOf(declarations);
        }
    }

    public SplitPlanner(Workspace workspace, List<JankAlias> jank) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.jank = List.copyOf(jank);
        this.paths = new MovePlanner(workspace);
        workspace.files().forEach(f -> files.put(f.path(), f));
        for (TranslationUnit u : workspace.units()) {
            for (IncludeEdge e : u.includes()) {
                if (e.target() != null && FOLLOWED.contains(e.status())) {
                    graph.computeIfAbsent(e.includer(), k -> new LinkedHashSet<>()).add(e.target());
                    reverse.computeIfAbsent(e.target(), k -> new LinkedHashSet<>()).add(e.includer());
                }
            }
        }
        workspace.dependencies().forEach(d -> usesFrom.computeIfAbsent(d.from(), k -> new ArrayList<>()).add(d));
    }

    /**
     * The headers worth asking about: project files included by two or more includers (a header that is also a unit
     * of its own, as a folder's headers are, counts by its includers).
     */
    public List<String> candidates() {
        List<String> out = new ArrayList<>();
        for (SourceFile f : workspace.files()) {
            if (f.origin() == Origin.PROJECT && includers(f.path()).size() >= 2) {
                out.add(f.path());
            }
        }
        return out;
    }

    /**
     * The unit an outline of {@code header} is parsed from: the first, in input order, that enters it through an
     * include (as its includers see it), else the header's own unit.
     */
    public java.util.Optional<String> unitFor(String header) {
        List<TranslationUnit> entering = workspace.units().stream()
                .filter(u -> u.files().stream().anyMatch(f -> f.path().equals(header))).toList();
        return entering.stream().filter(u -> !u.files().get(0).path().equals(header)).findFirst()
                .or(() -> entering.stream().findFirst()).map(TranslationUnit::name);
    }

    /**
     * Plans the split of {@code outline}'s header.
     *
     * @throws RefactorException when the header is not in the analysis, cannot be read, the analysis did not resolve
     *                           names, or a chosen piece names a declaration the header does not have
     */
    public SplitProposal plan(HeaderOutline outline, Choice choice) throws RefactorException {
        String header = outline.header();
        String id = "split:" + relative(header);
        String title = "Split " + relative(header) + " into pieces by includer";
        SourceFile h = files.get(header);
        List<SplitRefusal> refused = new ArrayList<>();
        if (h == null || h.origin() != Origin.PROJECT) {
            refused.add(new SplitRefusal(relative(header), header, 0, SplitBlocker.NOT_PROJECT));
            return refusedProposal(header, id, title, refused);
        }
        if (workspace.dependencies().isEmpty()) {
            throw new RefactorException("the analysis did not resolve names (--no-uses), so it cannot tell which"
                    + " includers use what of " + relative(header) + "; analyse again without --no-uses");
        }
        String text = read(header);
        List<HeaderOutline.Declaration> decls = outline.declarations();
        HeaderLayout layout = new HeaderLayout(header, text, decls);
        refused.addAll(layout.refused);
        outline.problems().forEach(p -> refused.add(new SplitRefusal(p.message(), header, p.line(),
                SplitBlocker.PARSE_PROBLEM)));
        for (HeaderOutline.Declaration d : decls) {
            if (d.shape() == HeaderOutline.Shape.NAME_FROM_MACRO || d.shape() == HeaderOutline.Shape.FROM_MACRO) {
                refused.add(new SplitRefusal(d.name() + " (" + d.shape().reason() + ")", header,
                        layout.line(d.offset()), SplitBlocker.MACRO_DECLARATION));
            } else if (d.shape() != HeaderOutline.Shape.PLAIN) {
                refused.add(new SplitRefusal(d.name() + " (" + d.shape().reason() + ")", header,
                        layout.line(d.offset()), SplitBlocker.SPECIAL_SCOPE));
            }
            for (HeaderOutline.MacroUse m : d.macros()) {
                if (header.equals(m.definedIn())) {
                    refused.add(new SplitRefusal(m.name() + " in " + d.name(), header, layout.line(d.offset()),
                            SplitBlocker.MACRO_DEFINED));
                }
            }
        }
        if (decls.size() < 2) {
            refused.add(new SplitRefusal(relative(header), header, 0, SplitBlocker.TOO_FEW_DECLARATIONS));
        }
        List<Directive> directives = directives(header);
        List<Set<Directive>> declIncludes = refused.isEmpty() ? includesOf(header, decls, directives, layout, refused)
                : List.of();
        if (!refused.isEmpty()) {
            return refusedProposal(header, id, title, refused);
        }

        // Units: declarations that cannot part (the same name, a shared line).
        int n = decls.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstBySymbol = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String s : decls.get(i).symbols()) {
                Integer other = firstBySymbol.putIfAbsent(s, i);
                if (other != null) {
                    union(parent, other, i);
                }
            }
        }
        layout.together.forEach(pair -> union(parent, pair[0], pair[1]));
        Map<Integer, Integer> unitOfRoot = new LinkedHashMap<>();
        int[] unitOf = new int[n];
        for (int i = 0; i < n; i++) {
            unitOf[i] = unitOfRoot.computeIfAbsent(find(parent, i), k -> unitOfRoot.size());
        }
        int units = unitOfRoot.size();
        List<Set<Integer>> unitUses = new ArrayList<>();
        int[] cost = new int[units];
        for (int u = 0; u < units; u++) {
            unitUses.add(new LinkedHashSet<>());
        }
        for (int i = 0; i < n; i++) {
            HeaderOutline.Declaration d = decls.get(i);
            int u = unitOf[i];
            cost[u] += layout.spans[i][1] - layout.spans[i][0];
            d.uses().forEach(j -> unitUses.get(u).add(unitOf[j]));
            if (d.unresolved() || d.symbols().isEmpty()) {
                // What it needs is not known (or, like a using-directive, it changes what later text means).
                for (int j = 0; j < i; j++) {
                    unitUses.get(u).add(unitOf[j]);
                }
            }
            if (d.symbols().isEmpty()) {
                for (int j = i + 1; j < n; j++) {
                    unitUses.get(unitOf[j]).add(u);
                }
            }
        }

        // Includers and what each names.
        Map<String, Set<Integer>> bySymbol = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String s : decls.get(i).symbols()) {
                bySymbol.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(unitOf[i]);
            }
        }
        List<Includer> includers = includers(header);
        List<Set<Integer>> direct = new ArrayList<>();
        for (Includer inc : includers) {
            direct.add(usedBy(inc, header, bySymbol, units));
        }

        List<List<Integer>> pieces;
        if (choice.chosen().isEmpty()) {
            pieces = SplitClusters.cluster(units, unitUses, cost, direct, Math.max(1, choice.pieces()));
        } else {
            pieces = chosen(choice.chosen(), decls, unitOf, units, header, layout, refused);
            if (refused.isEmpty()) {
                List<List<Integer>> acyclic = SplitClusters.acyclic(pieces, unitUses, units);
                if (acyclic.size() != pieces.size()) {
                    refused.add(new SplitRefusal(String.join(", ", choice.chosen().stream()
                            .map(ChosenPiece::file).toList()), header, 0, SplitBlocker.CYCLE));
                }
            }
            if (!refused.isEmpty()) {
                return refusedProposal(header, id, title, refused);
            }
        }
        if (pieces.size() < 2) {
            refused.add(new SplitRefusal(relative(header), header, 0, SplitBlocker.ONE_PIECE));
            return refusedProposal(header, id, title, refused);
        }
        return build(header, id, title, text, decls, layout, declIncludes, unitOf, unitUses, pieces, includers,
                direct, choice, refused);
    }

    /**
     * Per declaration, the original's includes it needs: for each file declaring something it names (any one of a
     * symbol's declaring files will do) and each file defining a macro it expands, the first include reaching it.
     * A declaration naming a file no include of the header reaches makes the header not self-contained: refused.
     */
    private List<Set<Directive>> includesOf(String header, List<HeaderOutline.Declaration> decls,
            List<Directive> directives, HeaderLayout layout, List<SplitRefusal> refused) {
        List<Set<Directive>> out = new ArrayList<>();
        for (HeaderOutline.Declaration d : decls) {
            Set<Directive> into = new LinkedHashSet<>();
            if (d.unresolved()) {
                into.addAll(directives);
            }
            List<List<String>> needed = new ArrayList<>(d.usesFiles());
            d.macros().stream().filter(m -> m.definedIn() != null).forEach(m -> needed.add(List.of(m.definedIn())));
            for (List<String> anyOf : needed) {
                Directive by = directives.stream().filter(x -> anyOf.stream().anyMatch(x.reach()::contains))
                        .findFirst().orElse(null);
                if (by == null) {
                    refused.add(new SplitRefusal(d.name() + " names something from " + relative(anyOf.get(0)),
                            header, layout.line(d.offset()), SplitBlocker.NOT_SELF_CONTAINED));
                } else {
                    into.add(by);
                }
            }
            out.add(into);
        }
        return out;
    }

    private SplitProposal build(String header, String id, String title, String text,
            List<HeaderOutline.Declaration> decls, HeaderLayout layout, List<Set<Directive>> declIncludes, int[] unitOf,
            List<Set<Integer>> unitUses, List<List<Integer>> pieces, List<Includer> includers,
            List<Set<Integer>> direct, Choice choice, List<SplitRefusal> refused) throws RefactorException {
        int units = unitUses.size();
        int[] pieceOf = SplitClusters.pieceOf(pieces, units);
        List<String> names = pieceNames(header, pieces.size(), choice);
        List<Set<Integer>> pieceNeeds = new ArrayList<>();
        for (List<Integer> p : pieces) {
            Set<Integer> needs = new java.util.TreeSet<>();
            for (int u : p) {
                unitUses.get(u).forEach(v -> needs.add(pieceOf[v]));
            }
            needs.remove(pieceOf[p.get(0)]);
            pieceNeeds.add(needs);
        }
        List<Set<Directive>> pieceIncludes = new ArrayList<>();
        for (List<Integer> ignored : pieces) {
            pieceIncludes.add(new java.util.TreeSet<>(java.util.Comparator.comparingInt(Directive::line)));
        }
        for (int i = 0; i < decls.size(); i++) {
            pieceIncludes.get(pieceOf[unitOf[i]]).addAll(declIncludes.get(i));
        }
        for (String p : names) {
            if (Files.exists(Path.of(p))) {
                refused.add(new SplitRefusal(relative(p), p, 0, SplitBlocker.FILE_EXISTS));
            }
        }
        if (!refused.isEmpty()) {
            return refusedProposal(header, id, title, refused);
        }

        String eol = SourceFileStep.lineEnding(text);
        String headerName = Path.of(header).getFileName().toString();
        List<SplitHeaderStep.NewFile> newFiles = new ArrayList<>();
        List<SplitProposal.Piece> described = new ArrayList<>();
        List<Set<Integer>> neededPieces = new ArrayList<>();
        for (Set<Integer> d : direct) {
            Set<Integer> start = new LinkedHashSet<>();
            d.forEach(u -> start.add(pieceOf[u]));
            neededPieces.add(SplitClusters.closure(start, pieceNeeds, pieces.size()));
        }
        for (int p = 0; p < pieces.size(); p++) {
            List<String> usedBy = new ArrayList<>();
            for (int i = 0; i < includers.size(); i++) {
                if (neededPieces.get(i).contains(p)) {
                    usedBy.add(includers.get(i).label());
                }
            }
            String file = names.get(p);
            String pieceName = Path.of(file).getFileName().toString();
            StringBuilder out = new StringBuilder();
            out.append("// ").append(pieceName).append(": part of ").append(headerName)
                    .append(", split by Headroom (").append(headerName).append(" includes every part).").append(eol);
            out.append("// Used by: ").append(usedBy.isEmpty() ? "no includer (kept for the umbrella)"
                    : String.join(", ", usedBy)).append(eol);
            String guard = layout.guard == null ? null : guardName(pieceName);
            if (layout.pragmaOnce) {
                out.append("#pragma once").append(eol);
            }
            if (guard != null) {
                out.append("#ifndef ").append(guard).append(eol).append("#define ").append(guard).append(eol);
            }
            if (!layout.pragmaOnce && guard == null) {
                out.append("#pragma once").append(eol);
            }
            out.append(eol);
            for (Directive x : pieceIncludes.get(p)) {
                out.append("#include ").append(x.spelled()).append(eol);
            }
            for (int q : pieceNeeds.get(p)) {
                out.append("#include \"").append(Path.of(names.get(q)).getFileName()).append('"').append(eol);
            }
            if (!pieceIncludes.get(p).isEmpty() || !pieceNeeds.get(p).isEmpty()) {
                out.append(eol);
            }
            List<String> declared = new ArrayList<>();
            List<String> open = List.of();
            int chars = 0;
            for (int i = 0; i < decls.size(); i++) {
                if (pieceOf[unitOf[i]] != p) {
                    continue;
                }
                HeaderOutline.Declaration d = decls.get(i);
                if (!d.namespaces().equals(open)) {
                    close(out, open, eol);
                    d.namespaces().forEach(ns -> out.append("namespace ").append(ns).append(" {").append(eol));
                    if (!d.namespaces().isEmpty()) {
                        out.append(eol);
                    }
                    open = d.namespaces();
                }
                String span = layout.span(i);
                out.append(span);
                if (!span.endsWith("\n")) {
                    out.append(eol);
                }
                chars += span.length();
                if (!declared.contains(d.name())) {
                    declared.add(d.name());
                }
            }
            close(out, open, eol);
            if (guard != null) {
                out.append(eol).append("#endif  // ").append(guard).append(eol);
            }
            newFiles.add(new SplitHeaderStep.NewFile(file, out.toString()));
            described.add(new SplitProposal.Piece(file, declared, pieceIncludes.get(p).stream()
                    .map(Directive::spelled).toList(), pieceNeeds.get(p).stream().map(names::get).toList(), usedBy,
                    chars));
        }

        StringBuilder umbrella = new StringBuilder();
        umbrella.append("// Split by Headroom: the declarations live in the parts below; an includer that needs only")
                .append(" some of them can include those instead.").append(eol);
        for (String p : names) {
            umbrella.append("#include \"").append(Path.of(p).getFileName()).append('"').append(eol);
        }
        SplitHeaderStep.Replacement umbrellaEdit = new SplitHeaderStep.Replacement(header, layout.regionStart,
                text.substring(layout.regionStart, layout.regionEnd), umbrella.toString());

        List<SplitHeaderStep.Replacement> repointEdits = new ArrayList<>();
        List<SplitProposal.Repoint> repoints = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < includers.size(); i++) {
            Includer inc = includers.get(i);
            Set<Integer> needed = neededPieces.get(i);
            List<Integer> chosenPieces = new ArrayList<>();
            direct.get(i).forEach(u -> {
                if (!chosenPieces.contains(pieceOf[u])) {
                    chosenPieces.add(pieceOf[u]);
                }
            });
            chosenPieces.sort(null);
            String why = null;
            if (!choice.repoint()) {
                why = "the plan does not repoint includers";
            } else if (direct.get(i).isEmpty()) {
                why = "uses none of its declarations (the include might go altogether)";
            } else if (needed.size() == pieces.size()) {
                why = "uses every piece";
            }
            SplitHeaderStep.Replacement edit = null;
            if (why == null) {
                try {
                    edit = inc.jank() ? jankRepoint(inc, chosenPieces, names)
                            : includeRepoint(inc, header, chosenPieces, names, needed, pieceIncludes);
                } catch (Kept k) {
                    why = k.getMessage();
                }
            }
            if (why != null) {
                kept.add(inc.label() + ": " + why);
            } else {
                repointEdits.add(edit);
                repoints.add(new SplitProposal.Repoint(inc.label(), edit.file(),
                        chosenPieces.stream().map(names::get).toList()));
            }
        }
        SplitHeaderStep step = new SplitHeaderStep(header, umbrellaEdit, newFiles, repointEdits);
        return new SplitProposal(header, new RefactorPlan(id, title, List.of(step)), described, repoints, kept,
                List.of());
    }

    private static void close(StringBuilder out, List<String> open, String eol) {
        if (!open.isEmpty()) {
            out.append(eol);
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            out.append("}  // namespace ").append(open.get(i)).append(eol);
        }
    }

    /** A C++ includer's directive line replaced by the pieces it uses. */
    private SplitHeaderStep.Replacement includeRepoint(Includer inc, String header, List<Integer> chosen,
            List<String> names, Set<Integer> needed, List<Set<Directive>> pieceIncludes)
            throws RefactorException, Kept {
        SourceFile f = files.get(inc.file());
        if (f == null || f.origin() != Origin.PROJECT) {
            throw new Kept("not a project file");
        }
        String text = read(inc.file());
        if (!ForwardPlanner.atFileScope(ForwardPlanner.stripComments(text), inc.line())) {
            throw new Kept("its include is inside braces or a conditional");
        }
        // Files the includer (or a file including it) got through the header and would no longer get.
        Set<String> kept = new HashSet<>();
        for (int p : needed) {
            pieceIncludes.get(p).forEach(x -> kept.addAll(x.reach()));
        }
        Set<String> lost = new HashSet<>(reach(header, null));
        lost.remove(header);
        lost.removeAll(kept);
        lost.removeAll(reach(inc.file(), header));
        if (!lost.isEmpty()) {
            Set<String> lostMacros = null;
            for (String user : users(inc.file())) {
                for (SymbolDependency d : usesFrom.getOrDefault(user, List.of())) {
                    if (lost.contains(d.declaredIn())) {
                        throw new Kept("uses " + d.symbol() + " from " + relative(d.declaredIn())
                                + ", which it gets through the header");
                    }
                }
                SourceFile uf = files.get(user);
                if (uf != null && uf.origin() == Origin.PROJECT) {
                    if (lostMacros == null) {
                        lostMacros = macrosOf(lost);
                    }
                    String word = firstMention(read(user), lostMacros);
                    if (word != null) {
                        throw new Kept("mentions the macro " + word + ", which it gets through the header");
                    }
                }
            }
        }
        int start = lineStart(text, inc.line());
        int end = text.indexOf('\n', start);
        int stop = end < 0 ? text.length() : end + 1;
        String line = text.substring(start, stop);
        String eol = SourceFileStep.lineEnding(text);
        String spelled = inc.spelled();
        String bare = spelled.substring(1, spelled.length() - 1);
        String dir = bare.contains("/") ? bare.substring(0, bare.lastIndexOf('/') + 1) : "";
        StringBuilder out = new StringBuilder();
        for (int p : chosen) {
            out.append("#include ").append(spelled.charAt(0)).append(dir).append(Path.of(names.get(p)).getFileName())
                    .append(spelled.charAt(spelled.length() - 1)).append(eol);
        }
        return new SplitHeaderStep.Replacement(inc.file(), start, line, out.toString());
    }

    /** A jank module's require of the header replaced by its one piece; modules using more keep the umbrella. */
    private SplitHeaderStep.Replacement jankRepoint(Includer inc, List<Integer> chosen, List<String> names)
            throws RefactorException, Kept {
        if (chosen.size() != 1) {
            throw new Kept("uses " + chosen.size() + " pieces, and a jank require names one header under its alias");
        }
        String text = read(inc.file());
        String quoted = "\"" + inc.spelled() + "\"";
        int at = text.indexOf(quoted);
        if (at < 0 || text.indexOf(quoted, at + 1) >= 0) {
            throw new Kept("its require of \"" + inc.spelled() + "\" is not written once in " + relative(inc.file()));
        }
        String dir = inc.spelled().contains("/") ? inc.spelled().substring(0, inc.spelled().lastIndexOf('/') + 1) : "";
        return new SplitHeaderStep.Replacement(inc.file(), at, quoted,
                "\"" + dir + Path.of(names.get(chosen.get(0))).getFileName() + "\"");
    }

    /** The units an includer names: its files' uses of the header, or its jank module's references. */
    private Set<Integer> usedBy(Includer inc, String header, Map<String, Set<Integer>> bySymbol, int units)
            throws RefactorException {
        Set<Integer> out = new LinkedHashSet<>();
        if (inc.jank()) {
            for (String name : jankReferences(inc.unit())) {
                out.addAll(bySymbol.getOrDefault(name, Set.of()));
            }
            return out;
        }
        for (String user : users(inc.file())) {
            for (SymbolDependency d : usesFrom.getOrDefault(user, List.of())) {
                if (!d.declaredIn().equals(header)) {
                    continue;
                }
                Set<Integer> found = lookUp(bySymbol, d.symbol());
                if (found == null) {
                    for (int u = 0; u < units; u++) {
                        out.add(u); // a name the outline does not place: the includer keeps everything
                    }
                } else {
                    out.addAll(found);
                }
            }
            SourceFile f = files.get(user);
            if (f != null && f.origin() == Origin.SYNTHESIZED) {
                for (TranslationUnit u : workspace.units()) {
                    if (u.kind() == UnitKind.JANK_MODULE && !u.files().isEmpty()
                            && u.files().get(0).path().equals(user)
                            && u.files().stream().anyMatch(x -> x.path().equals(inc.file()))) {
                        for (String name : jankReferences(u.name())) {
                            out.addAll(bySymbol.getOrDefault(name, Set.of()));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Set<Integer> lookUp(Map<String, Set<Integer>> bySymbol, String symbol) {
        return ModuleReferences.lookUp(bySymbol, symbol);
    }

    /** The qualified names a jank module spells: {@code alias/name} under the alias' scope and its cpp/ names. */
    private Set<String> jankReferences(String unit) throws RefactorException {
        Map<String, String> scopes = new HashMap<>();
        String file = null;
        for (JankAlias a : jank) {
            if (a.unit().equals(unit)) {
                file = a.file();
                if (a.alias() != null) {
                    scopes.put(a.alias(), a.scope() == null ? "" : a.scope());
                }
            }
        }
        return file == null ? new LinkedHashSet<>() : ModuleReferences.jank(read(file), scopes);
    }

    /** Every file holding an include of the header, or jank module requiring it, each once. */
    private List<Includer> includers(String header) {
        Map<String, Includer> out = new LinkedHashMap<>();
        for (TranslationUnit u : workspace.units()) {
            String main = u.files().isEmpty() ? null : u.files().get(0).path();
            for (IncludeEdge e : u.includes()) {
                if (!header.equals(e.target()) || !FOLLOWED.contains(e.status())) {
                    continue;
                }
                if (u.kind() == UnitKind.JANK_MODULE && e.includer().equals(main)) {
                    String bare = e.spelled().substring(1, e.spelled().length() - 1);
                    JankAlias a = jank.stream().filter(x -> x.unit().equals(u.name()) && x.header().equals(bare))
                            .findFirst().orElse(null);
                    if (a != null) {
                        out.putIfAbsent("jank:" + u.name(), new Includer(u.name(), a.file(), 0, bare, u.name()));
                    }
                } else {
                    out.putIfAbsent(e.includer() + ":" + e.line(), new Includer(relative(e.includer()) + ":"
                            + e.line(), e.includer(), e.line(), e.spelled(), null));
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** The header's own include directives, each with the files reachable through it, in line order. */
    private List<Directive> directives(String header) {
        Map<Integer, Directive> out = new TreeMap<>();
        for (TranslationUnit u : workspace.units()) {
            for (IncludeEdge e : u.includes()) {
                if (e.includer().equals(header) && e.target() != null && FOLLOWED.contains(e.status())) {
                    out.computeIfAbsent(e.line(), l -> new Directive(l, e.spelled(), reach(e.target(), null)));
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** {@code file} and every file reaching it through includes: those that may rely on what it includes. */
    private Set<String> users(String file) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        seen.add(file);
        todo.add(file);
        while (!todo.isEmpty()) {
            for (String next : reverse.getOrDefault(todo.poll(), Set.of())) {
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return seen;
    }

    /** Files reachable from {@code from}, itself included, never entering {@code avoid}. */
    private Set<String> reach(String from, String avoid) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        seen.add(from);
        todo.add(from);
        while (!todo.isEmpty()) {
            for (String next : graph.getOrDefault(todo.poll(), Set.of())) {
                if (!next.equals(avoid) && seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return seen;
    }

    private List<List<Integer>> chosen(List<ChosenPiece> chosen, List<HeaderOutline.Declaration> decls,
            int[] unitOf, int units, String header, HeaderLayout layout, List<SplitRefusal> refused)
            throws RefactorException {
        Map<String, Integer> pieceByName = new HashMap<>();
        for (int p = 0; p < chosen.size(); p++) {
            for (String d : chosen.get(p).declarations()) {
                Integer before = pieceByName.put(d, p);
                if (before != null && before != p) {
                    throw new RefactorException("the plan puts " + d + " in two pieces of " + relative(header) + " ("
                            + chosen.get(before).file() + ", " + chosen.get(p).file() + ")");
                }
            }
        }
        Set<String> known = new HashSet<>();
        decls.forEach(d -> known.add(d.name()));
        for (String named : pieceByName.keySet()) {
            if (!known.contains(named)) {
                throw new RefactorException("the plan names " + named + ", which " + relative(header)
                        + " does not declare at file or namespace scope");
            }
        }
        List<String> missing = new ArrayList<>();
        int[] pieceOfUnit = new int[units];
        java.util.Arrays.fill(pieceOfUnit, -1);
        for (int i = 0; i < decls.size(); i++) {
            Integer p = pieceByName.get(decls.get(i).name());
            if (p == null) {
                if (!missing.contains(decls.get(i).name())) {
                    missing.add(decls.get(i).name());
                }
                continue;
            }
            int u = unitOf[i];
            if (pieceOfUnit[u] >= 0 && pieceOfUnit[u] != p) {
                refused.add(new SplitRefusal(decls.get(i).name(), header, layout.line(decls.get(i).offset()),
                        SplitBlocker.SPLIT_APART));
            }
            pieceOfUnit[u] = p;
        }
        if (!missing.isEmpty()) {
            throw new RefactorException("the plan's pieces of " + relative(header) + " leave out " + missing.size()
                    + " declaration" + (missing.size() == 1 ? "" : "s") + ": " + String.join(", ",
                    missing.stream().limit(8).toList()) + (missing.size() > 8 ? ", ..." : ""));
        }
        List<List<Integer>> out = new ArrayList<>();
        chosen.forEach(c -> out.add(new ArrayList<>()));
        for (int u = 0; u < units; u++) {
            out.get(pieceOfUnit[u]).add(u);
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    private List<String> pieceNames(String header, int count, Choice choice) throws RefactorException {
        Path h = Path.of(header);
        String name = h.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot);
        List<String> out = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            String file = choice.chosen().isEmpty() ? stem + "_" + (p + 1) + ext : choice.chosen().get(p).file();
            if (file == null || file.isBlank() || file.contains("/") || file.contains("\\") || file.equals(name)) {
                throw new RefactorException("a piece of " + relative(header) + " needs a file name beside it (no"
                        + " folder, not the header's own): " + file);
            }
            out.add(h.resolveSibling(file).toString());
        }
        if (new HashSet<>(out).size() != out.size()) {
            throw new RefactorException("two pieces of " + relative(header) + " have the same file name");
        }
        return out;
    }

    private static String guardName(String fileName) {
        return fileName.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private SplitProposal refusedProposal(String header, String id, String title, List<SplitRefusal> refused) {
        return new SplitProposal(header, new RefactorPlan(id, title, List.of()), List.of(), List.of(), List.of(),
                refused);
    }

    private Set<String> macrosOf(Set<String> lost) throws RefactorException {
        Set<String> out = new HashSet<>();
        for (String file : lost) {
            Matcher m = DEFINE.matcher(read(file));
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static String firstMention(String text, Set<String> names) {
        Matcher m = WORD.matcher(ForwardPlanner.stripComments(text));
        while (m.find()) {
            if (names.contains(m.group())) {
                return m.group();
            }
        }
        return null;
    }

    private static int lineStart(String text, int line) {
        int at = 0;
        for (int l = 1; l < line && at >= 0; l++) {
            at = text.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        return Math.max(at, 0);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static String read(String file) throws RefactorException {
        try {
            return new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RefactorException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private String relative(String path) {
        return paths.relative(path);
    }

    /** An includer: a file's include of the header (by line) or a jank module's require of it. */
    private record Includer(String label, String file, int line, String spelled, String unit) {
        boolean jank() {
            return unit != null;
        }
    }

    private record Directive(int line, String spelled, Set<String> reach) {
    }

    /** Why an includer stays on the umbrella. */
    private static final class Kept extends Exception {
        private static final long serialVersionUID = 1L;

        Kept(String why) {
            super(why, null, false, false);
        }
    }
}
