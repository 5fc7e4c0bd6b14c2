// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import dev.headroom.model.FileInUnit;
import dev.headroom.model.ForwardBlocker;
import dev.headroom.model.ForwardDeclaration;
import dev.headroom.model.IncludeEdge;
import dev.headroom.model.IncludeStatus;
import dev.headroom.model.Origin;
import dev.headroom.model.SourceFile;
import dev.headroom.model.SymbolDependency;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans "replace an include with forward declarations" for one include directive of a project header, after
 * include-what-you-use's rules (a declaration is enough for pointers, references, friends and the parameters and
 * return types of function declarations) made conservative: when Headroom is not sure, it refuses with a reason.
 *
 * <p>The header H includes X. Removing the directive takes away from H every file reachable from X that H does not
 * reach otherwise (the lost files). The include may go when every symbol H uses from a lost file is a class, class
 * template or enum H needs only declared, with a {@link ForwardDeclaration} the parser could write; when H mentions
 * no macro a lost file defines; when the directive is at file scope; and when X is not a system header and does not
 * include H back. Then every other file that relied on H for X gets {@code #include X} itself: in each unit reaching
 * H, a project file that uses (by any strength) a symbol declared in a file the unit or the file itself loses, other
 * than a type H now declares and the file only needs declared, or mentions a lost macro; and, when H names a declared
 * type by value in a function signature, every file that uses anything H declares (its callers need the type
 * complete, though they never name it). A file outside the project that needs it refuses the plan.
 *
 * <p>Costs: one breadth-first search of the merged include graph per file of the units reaching H, so
 * O(files x (V + E)) per plan; lost files' macro definitions are read once per planner.
 */
public final class ForwardPlanner {
    private static final Set<IncludeStatus> FOLLOWED = Set.of(IncludeStatus.ENTERED, IncludeStatus.SKIPPED_ONCE);
    private static final Pattern DEFINE = Pattern.compile("(?m)^[ \\t]*#[ \\t]*define[ \\t]+([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> TYPE_KINDS = Set.of("class", "template", "enum");

    private final Workspace workspace;
    private final MovePlanner paths;
    private final Map<String, SourceFile> files = new HashMap<>();
    private final Map<String, Set<String>> graph = new HashMap<>();
    private final Map<String, List<SymbolDependency>> usesFrom = new HashMap<>();
    private final Set<String> mainFiles = new HashSet<>();
    private final Map<String, Set<String>> macros = new HashMap<>();
    private final Map<String, String> stripped = new HashMap<>();

    public ForwardPlanner(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.paths = new MovePlanner(workspace);
        workspace.files().forEach(f -> files.put(f.path(), f));
        for (TranslationUnit u : workspace.units()) {
            if (!u.files().isEmpty()) {
                mainFiles.add(u.files().get(0).path());
            }
            for (IncludeEdge e : u.includes()) {
                if (e.target() != null && FOLLOWED.contains(e.status())) {
                    graph.computeIfAbsent(e.includer(), k -> new LinkedHashSet<>()).add(e.target());
                }
            }
        }
        workspace.dependencies().forEach(d -> usesFrom.computeIfAbsent(d.from(), k -> new ArrayList<>()).add(d));
    }

    /**
     * The includes worth asking about: each (header, included file) pair once, at its first line, for every project
     * header (a file no unit has as its main file) that includes a file which is not a system header.
     */
    public List<IncludeEdge> candidates() {
        Map<String, IncludeEdge> out = new LinkedHashMap<>();
        for (TranslationUnit u : workspace.units()) {
            for (IncludeEdge e : u.includes()) {
                SourceFile includer = files.get(e.includer());
                SourceFile target = e.target() == null ? null : files.get(e.target());
                if (includer == null || target == null || !FOLLOWED.contains(e.status())
                        || includer.origin() != Origin.PROJECT || mainFiles.contains(e.includer())
                        || target.origin() == Origin.SYSTEM) {
                    continue;
                }
                out.merge(e.includer() + "\n" + e.target(), e, (a, b) -> a.line() <= b.line() ? a : b);
            }
        }
        return out.values().stream().sorted(Comparator.comparing(IncludeEdge::includer)
                .thenComparingInt(IncludeEdge::line)).toList();
    }

    /**
     * Plans replacing {@code header}'s include of {@code included} with forward declarations.
     *
     * @param header   absolute path of the header
     * @param included absolute path of the file it includes
     * @throws RefactorException when the header does not include the file, is not the project's, or the analysis
     *                           did not resolve names
     */
    public ForwardProposal plan(String header, String included) throws RefactorException {
        SourceFile h = files.get(header);
        if (h == null || h.origin() != Origin.PROJECT) {
            throw new RefactorException(header + " is not a project file of the analysis; only those are patched");
        }
        TreeSet<Integer> lines = new TreeSet<>();
        String spelled = null;
        for (TranslationUnit u : workspace.units()) {
            for (IncludeEdge e : u.includes()) {
                if (e.includer().equals(header) && included.equals(e.target()) && FOLLOWED.contains(e.status())) {
                    lines.add(e.line());
                    spelled = spelled == null || e.line() == lines.first() ? e.spelled() : spelled;
                }
            }
        }
        if (spelled == null) {
            throw new RefactorException(relative(header) + " does not include " + relative(included)
                    + " in any analysed unit; analyse again or check the names");
        }
        if (workspace.dependencies().isEmpty()) {
            throw new RefactorException("the analysis did not resolve names (--no-uses), so it cannot tell what "
                    + relative(header) + " needs from " + spelled + "; analyse again without --no-uses");
        }
        String id = "forward-declare:" + relative(header) + ":" + relative(included);
        String title = "Replace #include " + spelled + " in " + relative(header) + " with forward declarations";
        List<ForwardRefusal> refused = new ArrayList<>();
        SourceFile x = files.get(included);
        if (x != null && x.origin() == Origin.SYSTEM) {
            refused.add(new ForwardRefusal(spelled, header, lines.first(), ForwardBlocker.SYSTEM_HEADER));
            return new ForwardProposal(header, included, spelled, new RefactorPlan(id, title, List.of()), List.of(),
                    List.of(), refused);
        }
        Edge cut = new Edge(header, included);
        Set<String> fromX = reach(included, null);
        if (fromX.contains(header)) {
            refused.add(new ForwardRefusal(spelled, header, lines.first(), ForwardBlocker.CYCLE));
        }
        String headerText = strippedText(header);
        if (!atFileScope(headerText, lines.first())) {
            refused.add(new ForwardRefusal(spelled, header, lines.first(), ForwardBlocker.NOT_AT_FILE_SCOPE));
        }
        Set<String> lostH = lost(header, cut);

        Map<String, ForwardDeclaration> declared = new LinkedHashMap<>();
        boolean valueInSignature = false;
        for (SymbolDependency d : usesFrom.getOrDefault(header, List.of())) {
            if (!lostH.contains(d.declaredIn())) {
                continue;
            }
            ForwardBlocker blocker = blocker(d);
            if (blocker != null) {
                refused.add(new ForwardRefusal(d.symbol(), header, d.firstLine(), blocker));
            } else {
                declared.put(d.symbol(), d.forward());
                valueInSignature |= d.valueInSignature();
            }
        }
        Set<String> lostMacros = macrosOf(lostH);
        macroUses(headerText, lostMacros).forEach((name, line) ->
                refused.add(new ForwardRefusal(name, header, line, ForwardBlocker.MACRO)));

        Set<String> given = new LinkedHashSet<>();
        for (TranslationUnit u : workspace.units()) {
            if (u.files().isEmpty() || u.files().stream().noneMatch(f -> f.path().equals(header))) {
                continue;
            }
            Set<String> lostUnit = lost(u.files().get(0).path(), cut);
            for (FileInUnit f : u.files()) {
                String path = f.path();
                SourceFile file = files.get(path);
                if (path.equals(header) || fromX.contains(path) || given.contains(path)
                        || (file != null && file.origin() == Origin.SYNTHESIZED)) {
                    continue; // a jank module's list of requires names nothing itself
                }
                Set<String> lost = new HashSet<>(lostUnit);
                lost.addAll(lost(path, cut));
                if (needs(path, lost, declared.keySet(), valueInSignature ? header : null)) {
                    given.add(path);
                }
            }
        }
        for (String g : given) {
            SourceFile f = files.get(g);
            if (f == null || f.origin() != Origin.PROJECT) {
                refused.add(new ForwardRefusal(relative(g), g, 0, ForwardBlocker.NOT_EDITABLE));
            }
        }
        List<RefactorStep> steps = new ArrayList<>();
        if (refused.isEmpty()) {
            steps.add(new ForwardDeclareStep(header, List.copyOf(lines), spelled, List.copyOf(declared.values())));
            for (String g : given) {
                steps.add(new SourceFileStep(g, included, spellingFor(g, header, included, spelled)));
            }
        }
        return new ForwardProposal(header, included, spelled, new RefactorPlan(id, title, steps),
                List.copyOf(declared.keySet()), List.copyOf(given), refused);
    }

    /** Why a use stops the include from going, or {@code null} when a declaration does. */
    private static ForwardBlocker blocker(SymbolDependency d) {
        if (d.forward() != null && d.forward().blocker() != null) {
            return d.forward().blocker();
        }
        if (!TYPE_KINDS.contains(d.kind()) || d.forward() == null) {
            return d.kind().equals("typedef") ? ForwardBlocker.TYPEDEF : ForwardBlocker.NOT_A_TYPE;
        }
        return d.needsComplete() ? ForwardBlocker.COMPLETE_USE : null;
    }

    /** Whether {@code file} needs the include once {@code lost} files no longer come with the header. */
    private boolean needs(String file, Set<String> lost, Set<String> declared, String calleeHeader) throws RefactorException {
        for (SymbolDependency d : usesFrom.getOrDefault(file, List.of())) {
            if (lost.contains(d.declaredIn())
                    && !(declared.contains(d.symbol()) && !d.needsComplete() && TYPE_KINDS.contains(d.kind()))) {
                return true;
            }
            if (calleeHeader != null && d.declaredIn().equals(calleeHeader)) {
                return true;
            }
        }
        return !macroUses(strippedText(file), macrosOf(lost)).isEmpty();
    }

    /** Files reachable from {@code from} that are no longer once {@code cut} goes. */
    private Set<String> lost(String from, Edge cut) {
        Set<String> all = reach(from, null);
        if (!all.contains(cut.to())) {
            return Set.of();
        }
        all.removeAll(reach(from, cut));
        return all;
    }

    /** Files reachable from {@code from} in the merged include graph, {@code from} included, without {@code cut}. */
    private Set<String> reach(String from, Edge cut) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        seen.add(from);
        todo.add(from);
        while (!todo.isEmpty()) {
            String at = todo.poll();
            for (String next : graph.getOrDefault(at, Set.of())) {
                if (cut != null && cut.from().equals(at) && cut.to().equals(next)) {
                    continue;
                }
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return seen;
    }

    private Set<String> macrosOf(Set<String> lost) throws RefactorException {
        Set<String> out = new HashSet<>();
        for (String file : lost) {
            Set<String> defined = macros.get(file);
            if (defined == null) {
                defined = new HashSet<>();
                Matcher m = DEFINE.matcher(read(file));
                while (m.find()) {
                    defined.add(m.group(1));
                }
                macros.put(file, defined);
            }
            out.addAll(defined);
        }
        return out;
    }

    /** Each of {@code names} that {@code text} mentions, with the line of its first mention. */
    private static Map<String, Integer> macroUses(String text, Set<String> names) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (names.isEmpty()) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        int line = 1;
        int at = 0;
        while (m.find()) {
            String word = m.group();
            if (names.contains(word) && !out.containsKey(word)) {
                for (int i = at; i < m.start(); i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                at = m.start();
                out.put(word, line);
            }
        }
        return out;
    }

    /**
     * Whether line {@code line} of the (comment-free) text lies outside every brace and every conditional other than
     * an include guard ({@code #ifndef G} followed by {@code #define G}).
     */
    static boolean atFileScope(String text, int line) {
        String[] all = text.split("\n", -1);
        int braces = 0;
        Deque<Boolean> conditionals = new ArrayDeque<>();
        for (int i = 0; i < Math.min(line - 1, all.length); i++) {
            String l = all[i].strip();
            if (l.startsWith("#")) {
                String directive = l.substring(1).strip();
                if (directive.startsWith("if")) {
                    boolean guard = false;
                    if (directive.startsWith("ifndef")) {
                        String name = directive.substring("ifndef".length()).strip();
                        String next = i + 1 < all.length ? all[i + 1].strip() : "";
                        guard = next.matches("#\\s*define\\s+" + Pattern.quote(name) + "\\b.*");
                    }
                    conditionals.push(guard);
                } else if (directive.startsWith("endif") && !conditionals.isEmpty()) {
                    conditionals.pop();
                }
                continue;
            }
            for (int c = 0; c < l.length(); c++) {
                braces += l.charAt(c) == '{' ? 1 : l.charAt(c) == '}' ? -1 : 0;
            }
        }
        return braces == 0 && conditionals.stream().allMatch(Boolean::booleanValue);
    }

    /**
     * How {@code file} includes {@code included}: as the header does when that works from the file's folder too;
     * else as some file of that folder already includes it; else through the search-path root the file's folder
     * includes the header by ({@code "scene/scene.h"} names {@code include/scene/scene.h}, so {@code include/} is a
     * root); else by a relative path.
     */
    private String spellingFor(String file, String header, String included, String spelled) {
        Path dir = Path.of(file).getParent();
        Path headerDir = Path.of(header).getParent();
        String bare = spelled.substring(1, spelled.length() - 1);
        boolean besideHeader = spelled.startsWith("\"") && headerDir.resolve(bare).normalize().toString().equals(included);
        if (!besideHeader || dir.equals(headerDir)) {
            return spelled;
        }
        String viaRoot = null;
        for (TranslationUnit u : workspace.units()) {
            for (IncludeEdge e : u.includes()) {
                Path from = Path.of(e.includer()).getParent();
                if (included.equals(e.target()) && from.equals(dir)) {
                    return e.spelled();
                }
                String name = e.spelled().substring(1, e.spelled().length() - 1);
                if (viaRoot == null && header.equals(e.target()) && !from.equals(headerDir)
                        && header.endsWith("/" + name)) {
                    Path root = Path.of(header.substring(0, header.length() - name.length()));
                    if (Path.of(included).startsWith(root)) {
                        viaRoot = e.spelled().charAt(0) + root.relativize(Path.of(included)).toString()
                                .replace('\\', '/') + e.spelled().charAt(e.spelled().length() - 1);
                    }
                }
            }
        }
        return viaRoot != null ? viaRoot
                : "\"" + dir.relativize(Path.of(included)).toString().replace('\\', '/') + "\"";
    }

    /** The file's text without comments and string or character literals (their lines kept). */
    private String strippedText(String file) throws RefactorException {
        String cached = stripped.get(file);
        if (cached == null) {
            cached = stripComments(read(file));
            stripped.put(file, cached);
        }
        return cached;
    }

    static String stripComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
                if (i < n) {
                    out.append('\n');
                }
            } else if (c == '/' && next == '*') {
                i += 2;
                while (i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
                    if (text.charAt(i) == '\n') {
                        out.append('\n');
                    }
                    i++;
                }
                i++;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                out.append(c);
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
                out.append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
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

    private record Edge(String from, String to) {
    }
}
