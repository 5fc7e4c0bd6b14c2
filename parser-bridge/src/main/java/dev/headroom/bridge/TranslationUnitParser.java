// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorElifStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorElseStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorEndifStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIfStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIfdefStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIfndefStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIncludeStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroDefinition;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorStatement;
import org.eclipse.cdt.core.dom.ast.IASTProblem;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.model.ILanguage;
import org.eclipse.cdt.core.parser.ExtendedScannerInfo;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.core.parser.NullLogService;
import org.eclipse.cdt.internal.core.index.EmptyCIndex;

/**
 * Parses translation units with Eclipse CDT and turns each AST into a {@link ParsedUnit} of plain records.
 * The AST is dropped as soon as the facts are taken, so memory stays bounded by one AST per worker thread.
 * Thread-safe: one instance may parse many units at once, sharing file reads through its {@link SourceCache}.
 */
public final class TranslationUnitParser {
    private final SourceCache cache;

    public TranslationUnitParser(SourceCache cache) {
        this.cache = cache;
    }

    public TranslationUnitParser() {
        this(new SourceCache());
    }

    /**
     * Parses one unit.
     *
     * @throws ParseCancelledException when {@code cancel} says so during the parse
     */
    public ParsedUnit parse(ParseRequest request, CancelSignal cancel) {
        String mainName = FileIndex.toPath(request.mainFile().toString()).toString();
        SourceText mainText = request.mainContent() != null
                ? cache.synthesized(request.mainContent())
                : cache.read(mainName);
        if (mainText == null) {
            String why = cache.whyUnreadable(mainName);
            return new ParsedUnit(request.mainFile(), List.of(), List.of(), List.of(), List.of(),
                    List.of(new ParseProblem(request.mainFile(), 0, why == null ? "cannot read" : why,
                            ParseProblem.Kind.PREPROCESSOR)), 0, 0);
        }
        List<String> entered = java.util.Collections.synchronizedList(new ArrayList<>());
        ParsePosition position = new ParsePosition();
        cancel.locatedBy(position);
        CancelSignal tracking = new CancelSignal() {
            @Override
            public boolean cancelled() {
                return cancel.cancelled();
            }

            @Override
            public void entering(String path) {
                entered.add(path);
                cancel.entering(path);
            }
        };
        try {
            long t0 = System.nanoTime();
            IASTTranslationUnit tu = runCdt(request, mainName, mainText, tracking, position);
            long t1 = System.nanoTime();
            return collect(tu, request, mainName, mainText, tracking, position, (t1 - t0) / 1_000_000);
        } catch (StackOverflowError e) {
            return abandoned(request, tooDeep(mainName, mainText, entered));
        }
    }

    /**
     * Parses one unit that includes {@code header} and outlines the header's declarations at file and namespace
     * scope: what a header split moves. Asked once per header a split is planned for, so it is not cached.
     *
     * @throws ParseCancelledException when {@code cancel} says so during the parse
     */
    public HeaderOutline outline(ParseRequest request, Path header, CancelSignal cancel) {
        return outlines(request, List.of(header), false, cancel).get(0);
    }

    /**
     * Parses one unit once and outlines each of {@code headers} as {@link #outline} does, in the order given: what
     * a module's use of every header it parses is measured against. A header the unit does not enter outlines to
     * nothing. Linear in the unit's AST per header.
     *
     * @param openLinkage whether an {@code extern "C"} block is outlined as if its braces were not there (members
     *                    and namespaces in it opened) rather than as one declaration: a use count wants its members
     *                    apart, a split moves the block whole
     * @throws ParseCancelledException when {@code cancel} says so during the parse
     */
    public List<HeaderOutline> outlines(ParseRequest request, List<Path> headers, boolean openLinkage,
            CancelSignal cancel) {
        String mainName = FileIndex.toPath(request.mainFile().toString()).toString();
        SourceText mainText = request.mainContent() != null
                ? cache.synthesized(request.mainContent())
                : cache.read(mainName);
        List<Path> targets = headers.stream().map(h -> FileIndex.toPath(h.toString())).toList();
        if (mainText == null) {
            return targets.stream().map(t -> new HeaderOutline(t, List.of(), List.of(new ParseProblem(
                    request.mainFile(), 0, "cannot read", ParseProblem.Kind.PREPROCESSOR)))).toList();
        }
        ParsePosition position = new ParsePosition();
        cancel.locatedBy(position);
        IASTTranslationUnit tu = runCdt(request, mainName, mainText, cancel, position);
        java.util.Map<Path, List<ParseProblem>> problems = new java.util.HashMap<>();
        targets.forEach(t -> problems.put(t, new ArrayList<>()));
        for (IASTProblem p : tu.getPreprocessorProblems()) {
            IASTFileLocation location = p.getFileLocation();
            List<ParseProblem> into = location == null ? null
                    : problems.get(FileIndex.toPath(location.getFileName()));
            if (into != null) {
                into.add(new ParseProblem(FileIndex.toPath(location.getFileName()),
                        location.getStartingLineNumber(), ProblemMessages.of(p), ParseProblem.Kind.PREPROCESSOR));
            }
        }
        tu.accept(new org.eclipse.cdt.core.dom.ast.ASTVisitor() {
            {
                shouldVisitProblems = true;
            }

            @Override
            public int visit(IASTProblem p) {
                IASTFileLocation location = p.getFileLocation();
                List<ParseProblem> into = location == null ? null
                        : problems.get(FileIndex.toPath(location.getFileName()));
                if (into != null) {
                    into.add(new ParseProblem(FileIndex.toPath(location.getFileName()),
                            location.getStartingLineNumber(), ProblemMessages.of(p), ParseProblem.Kind.SYNTAX));
                }
                return PROCESS_CONTINUE;
            }
        });
        List<HeaderOutline> out = new ArrayList<>();
        OutlineCollector.UnitMacros macros = new OutlineCollector.UnitMacros(tu);
        for (Path target : targets) {
            if (cancel.cancelled()) {
                throw new ParseCancelledException();
            }
            SourceText headerText = cache.read(target.toString());
            out.add(new HeaderOutline(target, new OutlineCollector(tu, target, headerText == null ? null
                    : headerText.chars(), macros, openLinkage).collect(), problems.get(target)));
        }
        return out;
    }

    /** A unit whose parse gave no facts: no files, one problem saying why. */
    static ParsedUnit abandoned(ParseRequest request, ParseProblem why) {
        return new ParsedUnit(request.mainFile(), List.of(), List.of(), List.of(), List.of(), List.of(why), 0, 0);
    }

    /** Where the nesting that exhausted the parser's stack is: the deepest of the files the parse had entered. */
    private ParseProblem tooDeep(String mainName, SourceText mainText, List<String> entered) {
        String where = mainName;
        NestingDepth deepest = NestingDepth.of(mainText.chars());
        List<String> files;
        synchronized (entered) {
            files = List.copyOf(entered);
        }
        for (String path : files) {
            SourceText text = cache.read(path);
            NestingDepth d = text == null ? null : NestingDepth.of(text.chars());
            if (d != null && d.depth() > deepest.depth()) {
                deepest = d;
                where = path;
            }
        }
        return new ParseProblem(FileIndex.toPath(where), deepest.line(),
                "nesting too deep to parse: " + deepest.depth() + " levels of brackets exhausted the parser's stack"
                        + " (clang's default limit is 256, -fbracket-depth); this unit is not measured; exclude the"
                        + " file or give Headroom a larger stack (HEADROOM_JAVA_OPTS=-Dheadroom.parserStackMB=N)",
                ParseProblem.Kind.SYNTAX);
    }

    private IASTTranslationUnit runCdt(ParseRequest request, String mainName, SourceText mainText, CancelSignal cancel,
            ParsePosition position) {
        ExtendedScannerInfo info = new ExtendedScannerInfo(
                new HashMap<>(request.macros()),
                strings(request.angleSearchPath()),
                null,
                strings(request.forcedIncludes()),
                strings(request.quoteDirs()));
        FileContent content = FileContent.create(mainName, mainText.chars());
        ILanguage language = PositionScanner.language(request.language(), position);
        try {
            return language.getASTTranslationUnit(content, info, new DiskContentProvider(cache, cancel),
                    EmptyCIndex.INSTANCE, ILanguage.OPTION_NO_IMAGE_LOCATIONS,
                    new NullLogService());
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new IllegalStateException("CDT refused to parse " + mainName + ": " + e.getMessage(), e);
        }
    }

    private static String[] strings(List<Path> paths) {
        return paths.stream().map(Path::toString).toArray(String[]::new);
    }

    private ParsedUnit collect(IASTTranslationUnit tu, ParseRequest request, String mainName, SourceText mainText,
            CancelSignal cancel, ParsePosition position, long parseMillis) {
        long t0 = System.nanoTime();
        FileIndex files = new FileIndex();
        int mainId = files.idOf(mainName);
        List<IncludeDirective> includes = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        for (IASTPreprocessorIncludeStatement s : tu.getIncludeDirectives()) {
            includes.add(describe(s, request));
            if (s.isActive() && s.isResolved() && s.createsAST()) {
                files.idOf(s.getPath());
            }
        }
        for (IASTProblem p : tu.getPreprocessorProblems()) {
            IASTFileLocation location = p.getFileLocation();
            problems.add(new ParseProblem(location == null ? null : FileIndex.toPath(location.getFileName()),
                    location == null ? 0 : location.getStartingLineNumber(), ProblemMessages.of(p),
                    ParseProblem.Kind.PREPROCESSOR));
        }

        position.walking(ParsePoint.Phase.COLLECTING_FACTS);
        FactCollector facts = new FactCollector(files, mainId, cancel, position);
        tu.accept(facts);
        problems.addAll(facts.problems());

        Map<Integer, List<IASTPreprocessorStatement>> conditionals = new HashMap<>();
        for (IASTPreprocessorStatement s : tu.getAllPreprocessorStatements()) {
            IASTFileLocation location = s.getFileLocation();
            if (location == null) {
                continue;
            }
            if (s instanceof IASTPreprocessorMacroDefinition && s.isActive()) {
                facts.countDeclaration(files.idOf(location.getFileName()), DeclarationKind.MACRO_DEFINITION);
            } else if (isConditional(s)) {
                conditionals.computeIfAbsent(files.idOf(location.getFileName()), k -> new ArrayList<>()).add(s);
            }
        }

        List<ParsedFile> parsedFiles = new ArrayList<>();
        // What is wrong with a file as a whole comes before the problems it causes, so the cap keeps it.
        List<ParseProblem> fileProblems = new ArrayList<>();
        for (int id = 0; id < files.size(); id++) {
            String name = files.name(id);
            SourceText text = id == mainId ? mainText : cache.read(name);
            if (text == null) {
                continue; // a file CDT named in a location but that cannot be read is reported by its include
            }
            InactiveRanges inactive = conditionals.containsKey(id)
                    ? InactiveRanges.of(conditionals.get(id), text.chars().length)
                    : InactiveRanges.NONE;
            Path filePath = FileIndex.toPath(name);
            for (SourceDecoder.Note note : text.notes()) {
                fileProblems.add(new ParseProblem(filePath, note.line(), note.message(), ParseProblem.Kind.PREPROCESSOR));
            }
            if (conditionals.containsKey(id)) {
                ParseProblem open = ConditionalBalance.unterminated(filePath, conditionals.get(id));
                if (open != null) {
                    fileProblems.add(open);
                }
            }
            TokenMap tokens = text.tokens();
            if (tokens.unterminatedCommentLine() > 0) {
                problems.add(new ParseProblem(FileIndex.toPath(name), tokens.unterminatedCommentLine(),
                        "unterminated /* comment: everything after it is ignored; close it with */",
                        ParseProblem.Kind.PREPROCESSOR));
            }
            TokenMap.Count active = tokens.countActive(inactive);
            parsedFiles.add(new ParsedFile(FileIndex.toPath(name), text.bytes(), text.lineCount(),
                    tokens.linesOfCode(), active.tokens(), active.lines(), facts.declarations(id), facts.nodes(id),
                    facts.templateUse(id)));
        }

        List<SymbolUse> uses = List.of();
        if (request.collectUses()) {
            List<String> systemPrefixes = request.systemDirs().stream()
                    .map(d -> FileIndex.toPath(d.toString()) + java.io.File.separator)
                    .collect(Collectors.toList());
            Map<Integer, Boolean> wanted = new HashMap<>();
            position.walking(ParsePoint.Phase.RESOLVING_NAMES);
            UseCollector collector = new UseCollector(files, mainId,
                    id -> wanted.computeIfAbsent(id, k -> systemPrefixes.stream().noneMatch(files.name(k)::startsWith)),
                    cancel, position);
            tu.accept(collector);
            uses = collector.uses();
        }
        long factMillis = (System.nanoTime() - t0) / 1_000_000;
        fileProblems.addAll(problems);
        return new ParsedUnit(FileIndex.toPath(mainName), parsedFiles, includes, facts.bodies(), uses,
                ProblemCap.cap(fileProblems), parseMillis, factMillis);
    }

    private static boolean isConditional(IASTPreprocessorStatement s) {
        return s instanceof IASTPreprocessorIfStatement || s instanceof IASTPreprocessorIfdefStatement
                || s instanceof IASTPreprocessorIfndefStatement || s instanceof IASTPreprocessorElifStatement
                || s instanceof IASTPreprocessorElseStatement || s instanceof IASTPreprocessorEndifStatement;
    }

    private IncludeDirective describe(IASTPreprocessorIncludeStatement s, ParseRequest request) {
        IASTFileLocation location = s.getFileLocation();
        Path includer = FileIndex.toPath(location != null ? location.getFileName() : s.getContainingFilename());
        int line = location != null ? location.getStartingLineNumber() : 0;
        String name = s.getName().toString();
        String spelled = s.isSystemInclude() ? "<" + name + ">" : "\"" + name + "\"";
        if (!s.isActive()) {
            return new IncludeDirective(includer, line, spelled, null, IncludeOutcome.INACTIVE, "");
        }
        if (s.isResolved()) {
            Path target = FileIndex.toPath(s.getPath());
            return new IncludeDirective(includer, line, spelled, target,
                    s.createsAST() ? IncludeOutcome.ENTERED : IncludeOutcome.SKIPPED_ONCE, "");
        }
        return new IncludeDirective(includer, line, spelled, null, IncludeOutcome.NOT_FOUND,
                whyNotFound(name, s.isSystemInclude(), includer, request));
    }

    /** Why a file that exists is not read, or {@code null} when it is absent or usable. */
    private String describeUnusable(Path file) {
        if (!java.nio.file.Files.exists(file)) {
            return null;
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            return java.nio.file.Files.isDirectory(file) ? "is a folder"
                    : "not a regular file (a device, FIFO or socket); headers must be plain files";
        }
        return cache.whyUnreadable(file.toString());
    }

    private String whyNotFound(String name, boolean angled, Path includer, ParseRequest request) {
        if (Path.of(name).isAbsolute()) {
            String why = describeUnusable(FileMounts.path(name));
            return why != null ? name + ": " + why : "no such file";
        }
        List<Path> searched = new ArrayList<>();
        if (!angled) {
            if (includer.getParent() != null) {
                searched.add(includer.getParent());
            }
            searched.addAll(request.quoteDirs());
        }
        searched.addAll(request.angleSearchPath());
        for (Path dir : searched) {
            String candidate = dir.resolve(name).toAbsolutePath().normalize().toString();
            String why = describeUnusable(FileMounts.path(candidate));
            if (why != null) {
                return candidate + ": " + why;
            }
        }
        return "not found in " + searched.stream().map(Path::toString).collect(Collectors.joining(", "));
    }
}
