// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import dev.headroom.model.DefinitionLayout;
import dev.headroom.model.DefinitionLayout.Keyword;
import dev.headroom.model.DefinitionLayout.Scope;
import dev.headroom.model.DefinitionLayout.Span;
import dev.headroom.model.FunctionDefinition;
import dev.headroom.model.MoveBlocker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moves one function's body from its header to a source file, by the rules of clangd's "define outline" tweak:
 * <ul>
 *   <li>the header keeps the declaration: the body (and a constructor's initialisers, which go with it) becomes
 *       {@code ;}, and {@code inline} goes, since an inline function must be defined in every unit that uses it;
 *   <li>the source file gets the definition with every declaration-only keyword dropped ({@code inline},
 *       {@code static} and {@code virtual} of a member, {@code explicit}, {@code override}, {@code final}), default
 *       arguments dropped (they stay in the declaration), the name qualified with every enclosing namespace and class,
 *       and return-type names declared in those scopes qualified too, since the definition is written at global
 *       scope where, before the declarator-id, they are not visible;
 *   <li>a {@code static} function at namespace scope moves only when made external, and then loses {@code static}
 *       in the header as well.
 * </ul>
 *
 * @param function     the definition, with the layout its analysis recorded
 * @param target       absolute path of the source file receiving the definition
 * @param makeExternal whether a {@code static} function at namespace scope may be given external linkage
 */
public record MoveBodyStep(FunctionDefinition function, String target, boolean makeExternal) implements RefactorStep {

    private static final Set<String> INLINE = Set.of("inline", "__inline", "__inline__");

    public MoveBodyStep {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(target, "target");
    }

    @Override
    public String description() {
        return "move the body of " + function.qualifiedName() + " (" + function.file() + ":" + function.firstLine()
                + ") to " + target;
    }

    /** What stops this move, after the "make external" choice; empty when it can be made. */
    public Set<MoveBlocker> blockers() {
        return blockers(function, makeExternal);
    }

    /** What stops moving {@code function}'s body with or without the "make external" choice. */
    public static Set<MoveBlocker> blockers(FunctionDefinition function, boolean makeExternal) {
        if (function.layout() == null) {
            return Set.of();
        }
        Set<MoveBlocker> left = EnumSet.noneOf(MoveBlocker.class);
        left.addAll(function.layout().blockers());
        if (makeExternal) {
            left.remove(MoveBlocker.INTERNAL_LINKAGE);
        }
        return left;
    }

    @Override
    public List<TextEdit> edits(SourceTexts texts) throws RefactorException {
        DefinitionLayout layout = function.layout();
        if (layout == null) {
            throw new RefactorException(function.qualifiedName() + " in " + function.file()
                    + " was analysed without its layout; analyse again");
        }
        Set<MoveBlocker> blockers = blockers();
        if (!blockers.isEmpty()) {
            throw new RefactorException("cannot move " + function.qualifiedName() + ": " + blockers.stream()
                    .map(MoveBlocker::reason).collect(Collectors.joining("; ")));
        }
        String header = texts.text(function.file());
        if (layout.end() > header.length()
                || !digest(header.substring(layout.start(), layout.end())).equals(layout.digest())) {
            throw new RefactorException(function.file() + " was edited since it was analysed: " + function.qualifiedName()
                    + " is no longer where it was (line " + function.firstLine() + "); analyse again before patching");
        }
        List<TextEdit> edits = new ArrayList<>();
        for (Keyword k : layout.specifiers()) {
            boolean external = makeExternal && k.text().equals("static") && !layout.inClass();
            if (INLINE.contains(k.text()) || external) {
                edits.add(TextEdit.delete(function.file(), k.offset(), k.text().length() + spaceAfter(header,
                        k.offset() + k.text().length())));
            }
        }
        edits.add(new TextEdit(function.file(), layout.declaratorEnd(), layout.end() - layout.declaratorEnd(), ";"));
        int end = texts.existing(target).map(String::length).orElse(0);
        String eol = SourceFileStep.lineEnding(header);
        edits.add(TextEdit.insert(target, end, eol + definition(header, layout) + eol));
        return edits;
    }

    /** The definition as the source file needs it, from the header's text. */
    static String definition(String header, DefinitionLayout layout) throws RefactorException {
        int base = layout.start();
        String file = "definition";
        List<TextEdit> local = new ArrayList<>();
        for (DefinitionLayout.Insertion q : layout.returnTypeQualifiers()) {
            local.add(TextEdit.insert(file, q.offset() - base, q.text()));
        }
        for (Keyword k : layout.specifiers()) {
            if (k.offset() >= layout.nameOffset()) {
                // override and final follow the parameters: take the space before them
                int before = spaceBefore(header, k.offset());
                local.add(TextEdit.delete(file, k.offset() - before - base, k.text().length() + before));
            } else {
                local.add(TextEdit.delete(file, k.offset() - base, k.text().length()
                        + Math.min(spaceAfter(header, k.offset() + k.text().length()),
                        layout.declaratorEnd() - k.offset() - k.text().length())));
            }
        }
        String prefix = layout.scopes().stream().map(Scope::name).map(n -> n + "::").collect(Collectors.joining());
        local.add(TextEdit.insert(file, layout.nameOffset() - base, prefix));
        for (Span d : layout.defaultArguments()) {
            int before = spaceBefore(header, d.offset());
            local.add(TextEdit.delete(file, d.offset() - before - base, d.length() + before));
        }
        String signature = EditApplier.apply(function(layout), header.substring(base, layout.declaratorEnd()), local);
        return dedent(signature + header.substring(layout.declaratorEnd(), layout.end()), indentation(header, base));
    }

    private static String function(DefinitionLayout layout) {
        return "the definition at offset " + layout.start();
    }

    private static int spaceAfter(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i - from;
    }

    private static int spaceBefore(String text, int to) {
        int i = to;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return to - i;
    }

    /** The whitespace before {@code offset} on its line, which an in-class body carries on every line. */
    private static String indentation(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        String lead = text.substring(lineStart, offset);
        return lead.isBlank() ? lead : "";
    }

    private static String dedent(String text, String indent) {
        if (indent.isEmpty()) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.append(i > 0 && line.startsWith(indent) ? line.substring(indent.length()) : line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
