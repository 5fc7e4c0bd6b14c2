// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import dev.headroom.bridge.FunctionBody;
import dev.headroom.bridge.IncludeDirective;
import dev.headroom.bridge.ParseProblem;
import dev.headroom.bridge.ParsedFile;
import dev.headroom.bridge.ParsedUnit;
import dev.headroom.bridge.ForwardShape;
import dev.headroom.bridge.SymbolUse;
import dev.headroom.bridge.UseStrength;
import dev.headroom.model.AstNodeKind;
import dev.headroom.model.DeclarationKind;
import dev.headroom.model.DefinitionLayout;
import dev.headroom.model.FileInUnit;
import dev.headroom.model.FunctionDefinition;
import dev.headroom.model.IncludeEdge;
import dev.headroom.model.IncludeStatus;
import dev.headroom.model.ForwardBlocker;
import dev.headroom.model.ForwardDeclaration;
import dev.headroom.model.MoveBlocker;
import dev.headroom.model.Origin;
import dev.headroom.model.Problem;
import dev.headroom.model.SourceFile;
import dev.headroom.model.SymbolDependency;
import dev.headroom.model.TemplateUse;
import dev.headroom.model.TranslationUnit;
import dev.headroom.model.UnitKind;
import dev.headroom.workspace.UnitSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the parser's per-unit facts into the workspace model: one {@link SourceFile} per file however many
 * units enter it, with the units it is reached from counted.
 */
final class ModelBuilder {
    private final Path root;
    private final List<Path> projectFolders;
    private final List<Path> compilerDirs;
    private final Map<String, SourceFile> files = new TreeMap<>();
    private final Map<String, Integer> reach = new LinkedHashMap<>();
    private final Map<String, FunctionDefinition> functions = new LinkedHashMap<>();
    private final Map<String, SymbolDependency> dependencies = new LinkedHashMap<>();
    private final List<TranslationUnit> units = new ArrayList<>();

    ModelBuilder(Path root, List<Path> compilerDirs) {
        this(root, compilerDirs, List.of());
    }

    /** @param projectFolders folders the project file claims as its own, wherever they lie */
    ModelBuilder(Path root, List<Path> compilerDirs, List<Path> projectFolders) {
        this.root = root.toAbsolutePath().normalize();
        this.compilerDirs = compilerDirs;
        this.projectFolders = projectFolders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    void add(UnitSpec spec, String dialect, ParsedUnit parsed, boolean cached, Set<Path> userSystemDirs) {
        boolean synthesized = spec.kind() == UnitKind.JANK_MODULE;
        List<FileInUnit> inUnit = new ArrayList<>();
        for (ParsedFile f : parsed.files()) {
            String path = f.path().toString();
            boolean isMain = f.path().equals(parsed.mainFile());
            Origin origin = synthesized && isMain ? Origin.SYNTHESIZED : originOf(f.path(), userSystemDirs);
            files.putIfAbsent(path, new SourceFile(path, origin, f.bytes(), f.lines(), f.linesOfCode(), 0,
                    declarations(f), nodes(f), templateUse(f.templateUse())));
            reach.merge(path, 1, Integer::sum);
            inUnit.add(new FileInUnit(path, f.activeTokens(), f.activeLines(), f.nodeCount()));
        }
        for (FunctionBody b : parsed.bodies()) {
            if (b.file() == null) {
                continue;
            }
            String key = b.file() + ":" + b.firstLine() + ":" + b.qualifiedName();
            functions.putIfAbsent(key, new FunctionDefinition(b.file().toString(), b.qualifiedName(), b.firstLine(),
                    b.lastLine(), b.bodyNodes(), b.inClass(), b.inline(), b.constexpr(), b.template(), layout(b.layout())));
        }
        for (SymbolUse u : parsed.uses()) {
            String key = u.from() + "|" + u.declaredIn() + "|" + u.symbol() + "|" + u.kind();
            dependencies.merge(key,
                    new SymbolDependency(u.from().toString(), u.declaredIn().toString(), u.symbol(),
                            u.kind().name().toLowerCase(java.util.Locale.ROOT), u.strength() == UseStrength.COMPLETE,
                            u.count(), u.firstLine(), forward(u.forward()), u.valueInSignature()),
                    (a, b) -> a); // the same header parsed in another unit says the same thing
        }
        List<IncludeEdge> edges = parsed.includes().stream().map(ModelBuilder::edge).toList();
        List<Problem> problems = parsed.problems().stream().map(ModelBuilder::problem).toList();
        // A parse that gave no file at all was refused or abandoned; its first problem says why.
        String notMeasured = parsed.files().isEmpty()
                ? (problems.isEmpty() ? "not measured" : problems.get(0).message())
                : null;
        units.add(new TranslationUnit(spec.name(), spec.kind(), spec.mainFile().toAbsolutePath().normalize().toString(),
                dialect, inUnit, edges, problems, cached ? 0 : parsed.parseMillis() + parsed.factMillis(), cached,
                notMeasured));
    }

    private static ForwardDeclaration forward(ForwardShape shape) {
        if (shape == null) {
            return null;
        }
        return new ForwardDeclaration(shape.namespaces(), shape.declaration(),
                shape.blocker() == null ? null : ForwardBlocker.valueOf(shape.blocker().name()));
    }

    private static TemplateUse templateUse(dev.headroom.bridge.TemplateUse t) {
        return new TemplateUse(t.templateIds(), t.distinctTemplateIds(), t.concreteTemplateIds(), t.nestedTemplateIds(),
                t.concreteBodyCalls(), t.templateBodyCalls(), t.distinctConcreteTemplateIds(), t.concreteMemberCalls(),
                t.concreteBodyTemplateIds(), t.concreteBodyNodes());
    }

    List<TranslationUnit> units() {
        return units;
    }

    List<SourceFile> files() {
        List<SourceFile> out = new ArrayList<>();
        for (SourceFile f : files.values()) {
            out.add(new SourceFile(f.path(), f.origin(), f.bytes(), f.lines(), f.linesOfCode(), reach.get(f.path()),
                    f.declarations(), f.nodes(), f.templateUse()));
        }
        return out;
    }

    List<FunctionDefinition> functions() {
        return new ArrayList<>(functions.values());
    }

    List<SymbolDependency> dependencies() {
        return new ArrayList<>(dependencies.values());
    }

    private Origin originOf(Path file, Set<Path> userSystemDirs) {
        for (Path dir : compilerDirs) {
            if (file.startsWith(dir)) {
                return Origin.SYSTEM;
            }
        }
        // A folder the project file claims is the project's even when it is also -isystem (often only to silence
        // warnings); the workspace's own tree is, unless the user said -isystem (a vendored library).
        for (Path dir : projectFolders) {
            if (file.startsWith(dir)) {
                return Origin.PROJECT;
            }
        }
        for (Path dir : userSystemDirs) {
            if (file.startsWith(dir)) {
                return Origin.THIRD_PARTY;
            }
        }
        return file.startsWith(root) ? Origin.PROJECT : Origin.THIRD_PARTY;
    }

    private static Map<DeclarationKind, Integer> declarations(ParsedFile f) {
        Map<DeclarationKind, Integer> out = new EnumMap<>(DeclarationKind.class);
        f.declarations().forEach((k, v) -> out.put(DeclarationKind.valueOf(k.name()), v));
        return out;
    }

    private static Map<AstNodeKind, Integer> nodes(ParsedFile f) {
        Map<AstNodeKind, Integer> out = new EnumMap<>(AstNodeKind.class);
        f.nodes().forEach((k, v) -> out.put(AstNodeKind.valueOf(k.name()), v));
        return out;
    }

    private static DefinitionLayout layout(dev.headroom.bridge.DefinitionLayout l) {
        if (l == null) {
            return null;
        }
        return new DefinitionLayout(l.start(), l.end(), l.declaratorEnd(), l.bodyStart(), l.nameOffset(), l.nameLength(),
                l.memberInitializers(),
                l.defaultArguments().stream().map(s -> new DefinitionLayout.Span(s.offset(), s.length())).toList(),
                l.specifiers().stream().map(k -> new DefinitionLayout.Keyword(k.text(), k.offset())).toList(),
                l.returnTypeQualifiers().stream().map(i -> new DefinitionLayout.Insertion(i.offset(), i.text())).toList(),
                l.scopes().stream().map(s -> new DefinitionLayout.Scope(
                        DefinitionLayout.ScopeKind.valueOf(s.kind().name()), s.name())).toList(),
                l.blockers().stream().map(b -> MoveBlocker.valueOf(b.name()))
                        .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(MoveBlocker.class))),
                l.digest());
    }

    private static IncludeEdge edge(IncludeDirective d) {
        return new IncludeEdge(d.includer().toString(), d.line(), d.spelled(),
                d.target() == null ? null : d.target().toString(), IncludeStatus.valueOf(d.outcome().name()), d.detail());
    }

    private static Problem problem(ParseProblem p) {
        return new Problem(p.file() == null ? null : p.file().toString(), p.line(), p.message(),
                p.kind() == ParseProblem.Kind.SYNTAX ? Problem.Source.SYNTAX : Problem.Source.PREPROCESSOR);
    }
}
