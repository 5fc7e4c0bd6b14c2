// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import dev.headroom.model.ForwardDeclaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Replaces a header's include directive with forward declarations of the types the header names from it: the first
 * directive's line becomes the declarations, grouped by namespace (nested {@code namespace a { ... }} blocks, so
 * C++98 takes them), and any repeated directive of the same file goes. A header that names nothing from the file
 * just loses the line.
 *
 * @param header       absolute path of the header
 * @param lines        1-based lines of its directives including the file, in order
 * @param spelled      the include as written, with its delimiters
 * @param declarations what to declare, each with its namespaces; none blocked
 */
public record ForwardDeclareStep(String header, List<Integer> lines, String spelled,
        List<ForwardDeclaration> declarations) implements RefactorStep {

    public ForwardDeclareStep {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(spelled, "spelled");
        lines = List.copyOf(lines);
        declarations = List.copyOf(declarations);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("no include line");
        }
        if (declarations.stream().anyMatch(d -> d.declaration() == null)) {
            throw new IllegalArgumentException("a blocked type cannot be declared");
        }
    }

    @Override
    public String description() {
        return "replace #include " + spelled + " in " + header + " with " + declarations.size()
                + " forward declaration" + (declarations.size() == 1 ? "" : "s");
    }

    @Override
    public List<TextEdit> edits(SourceTexts texts) throws RefactorException {
        String text = texts.text(header);
        String eol = SourceFileStep.lineEnding(text);
        String bare = Pattern.quote(spelled.substring(1, spelled.length() - 1));
        Pattern directive = Pattern.compile("[ \\t]*#[ \\t]*include[ \\t]*[<\"]" + bare + "[>\"].*");
        List<TextEdit> edits = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = lines.get(i);
            int start = lineStart(text, line);
            int end = start < 0 ? -1 : text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end + 1;
            String content = start < 0 ? "" : text.substring(start, stop).stripTrailing();
            if (start < 0 || !directive.matcher(content).matches()) {
                throw new RefactorException(header + " was edited since it was analysed: line " + line
                        + " no longer includes " + spelled + "; analyse again before patching");
            }
            String replacement = i == 0 ? block(eol) : "";
            edits.add(new TextEdit(header, start, stop - start, replacement));
        }
        return edits;
    }

    /** The declarations, grouped by namespace, each line ended by {@code eol}. */
    String block(String eol) {
        if (declarations.isEmpty()) {
            return "";
        }
        Map<List<String>, List<String>> byNamespace = new LinkedHashMap<>();
        declarations.stream().sorted(Comparator.comparing((ForwardDeclaration d) -> String.join("::", d.namespaces()))
                .thenComparing(ForwardDeclaration::declaration))
                .forEach(d -> byNamespace.computeIfAbsent(d.namespaces(), k -> new ArrayList<>()).add(d.declaration()));
        StringBuilder out = new StringBuilder();
        out.append("// Forward declarations in place of #include ").append(spelled)
                .append(" (Headroom): this header only names them.").append(eol);
        byNamespace.forEach((namespaces, decls) -> {
            namespaces.forEach(n -> out.append("namespace ").append(n).append(" {").append(eol));
            decls.forEach(d -> out.append(d).append(eol));
            for (int i = namespaces.size() - 1; i >= 0; i--) {
                out.append("}  // namespace ").append(namespaces.get(i)).append(eol);
            }
        });
        return out.toString();
    }

    private static int lineStart(String text, int line) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            at = text.indexOf('\n', at);
            if (at < 0) {
                return -1;
            }
            at++;
        }
        return at <= text.length() ? at : -1;
    }
}
