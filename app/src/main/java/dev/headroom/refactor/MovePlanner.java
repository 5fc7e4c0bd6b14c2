// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import dev.headroom.model.FunctionDefinition;
import dev.headroom.model.IncludeEdge;
import dev.headroom.model.MoveBlocker;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Plans "move inline bodies to a .cpp" for one header of an analysed workspace: every body, the members of one
 * class, or named functions. Only bodies every including unit compiles again (in-class, {@code inline}) are
 * candidates; each is moved or refused with its reasons.
 */
public final class MovePlanner {
    private final Workspace workspace;

    public MovePlanner(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** What a plan moves out of a header. */
    public sealed interface Selection {
        boolean test(FunctionDefinition f);

        /** Every inline body of the header. */
        record All() implements Selection {
            @Override
            public boolean test(FunctionDefinition f) {
                return true;
            }
        }

        /** The members of one class, by qualified name ({@code vybe::sdf::ray_hit}). */
        record OfClass(String qualifiedClass) implements Selection {
            @Override
            public boolean test(FunctionDefinition f) {
                return f.qualifiedName().startsWith(qualifiedClass + "::");
            }
        }

        /** Functions by qualified name; every overload of a name is meant. */
        record Named(Set<String> qualifiedNames) implements Selection {
            public Named {
                qualifiedNames = Set.copyOf(qualifiedNames);
            }

            @Override
            public boolean test(FunctionDefinition f) {
                return qualifiedNames.contains(f.qualifiedName());
            }
        }
    }

    /**
     * The header's bodies compiled again by every including unit, in file order: inline and in-class definitions,
     * and {@code static} ones, of which every unit even keeps its own copy.
     */
    public List<FunctionDefinition> candidates(String header) {
        return workspace.functions().stream().filter(f -> f.file().equals(header) && compiledByEveryIncluder(f))
                .sorted(Comparator.comparingInt(FunctionDefinition::firstLine)).toList();
    }

    private static boolean compiledByEveryIncluder(FunctionDefinition f) {
        return f.inline() || (f.layout() != null && f.layout().blockers().contains(MoveBlocker.INTERNAL_LINKAGE));
    }

    /**
     * Plans the move.
     *
     * @param header       absolute path of the header
     * @param selection    which bodies
     * @param target       the source file to receive them, or {@code null} for the header's name with {@code .cpp}
     *                     beside it
     * @param makeExternal whether {@code static} functions at namespace scope may become external
     * @throws RefactorException when the selection names functions the header does not define (any more)
     */
    public MoveProposal plan(String header, Selection selection, String target, boolean makeExternal)
            throws RefactorException {
        List<FunctionDefinition> chosen = candidates(header).stream().filter(selection::test).toList();
        if (chosen.isEmpty()) {
            throw new RefactorException(nothingChosen(header, selection));
        }
        if (selection instanceof Selection.Named named) {
            for (String name : named.qualifiedNames()) {
                if (chosen.stream().noneMatch(f -> f.qualifiedName().equals(name))) {
                    throw new RefactorException(header + " defines no inline function " + name
                            + " (any more); analyse again or check the name");
                }
            }
        }
        String into = target != null ? Path.of(target).toAbsolutePath().normalize().toString() : defaultTarget(header);
        List<RefactorStep> steps = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (FunctionDefinition f : chosen) {
            Set<MoveBlocker> blockers = MoveBodyStep.blockers(f, makeExternal);
            if (f.layout() == null) {
                throw new RefactorException(header + " was analysed without body layouts; analyse it again");
            }
            if (blockers.isEmpty()) {
                steps.add(new MoveBodyStep(f, into, makeExternal));
            } else {
                refused.add(new Refusal(f, blockers));
            }
        }
        if (!steps.isEmpty()) {
            steps.add(0, new SourceFileStep(into, header, includeSpelling(header, into)));
        }
        String relative = relative(header);
        int moves = steps.size() - (steps.isEmpty() ? 0 : 1);
        RefactorPlan plan = new RefactorPlan("move-bodies:" + relative,
                "Move " + moves + " inline bod" + (moves == 1 ? "y" : "ies") + " from " + relative + " to "
                        + relative(into), steps);
        return new MoveProposal(header, into, plan, refused);
    }

    private String nothingChosen(String header, Selection selection) {
        String what = switch (selection) {
            case Selection.All all -> "no inline function bodies";
            case Selection.OfClass c -> "no inline member bodies of " + c.qualifiedClass();
            case Selection.Named n -> "no inline function " + String.join(", ", n.qualifiedNames());
        };
        return header + " has " + what + " (any more); analyse again or check the name";
    }

    /** The header's name with {@code .cpp}, beside it. */
    public static String defaultTarget(String header) {
        int dot = header.lastIndexOf('.');
        int slash = header.lastIndexOf('/');
        return (dot > slash ? header.substring(0, dot) : header) + ".cpp";
    }

    /** The path relative to the workspace root when under it, as patches name files. */
    public String relative(String path) {
        Path root = Path.of(workspace.root());
        Path p = Path.of(path);
        return p.startsWith(root) ? root.relativize(p).toString().replace('\\', '/') : path;
    }

    /**
     * How the new source file includes the header: by its own name beside it, else as a unit outside the header's
     * folder spells it (so through the search path the source file is compiled with), else by a relative path.
     */
    String includeSpelling(String header, String target) {
        Path headerPath = Path.of(header);
        Path targetDir = Path.of(target).getParent();
        if (headerPath.getParent().equals(targetDir)) {
            return "\"" + headerPath.getFileName() + "\"";
        }
        Predicate<IncludeEdge> fromElsewhere = e -> header.equals(e.target())
                && !Path.of(e.includer()).getParent().equals(headerPath.getParent());
        for (TranslationUnit unit : workspace.units()) {
            for (IncludeEdge e : unit.includes()) {
                if (fromElsewhere.test(e)) {
                    return e.spelled();
                }
            }
        }
        return "\"" + targetDir.relativize(headerPath).toString().replace('\\', '/') + "\"";
    }
}
