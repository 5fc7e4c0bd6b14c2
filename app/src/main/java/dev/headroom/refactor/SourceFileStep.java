// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes sure the source file receiving moved definitions exists and includes their header: a new file gets a line
 * saying where its definitions came from and the include; an existing one gets the include after its last include
 * unless it includes the header already.
 *
 * @param target     absolute path of the source file
 * @param header     absolute path of the header the definitions come from
 * @param include    how the source file includes the header, with its quotes or angle brackets
 *                   ({@code "vybe_sdf_math.h"}, {@code <vybe/vybe_sdf_math.h>})
 */
public record SourceFileStep(String target, String header, String include) implements RefactorStep {

    private static final Pattern INCLUDE_LINE = Pattern.compile("(?m)^[ \\t]*#[ \\t]*include[^\\n]*\\n");

    public SourceFileStep {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(include, "include");
    }

    @Override
    public String description() {
        return "make " + target + " include " + include;
    }

    @Override
    public List<TextEdit> edits(SourceTexts texts) throws RefactorException {
        String headerText = texts.text(header);
        String eol = lineEnding(headerText);
        String existing = texts.existing(target).orElse(null);
        if (existing == null) {
            String name = header.substring(header.lastIndexOf('/') + 1);
            return List.of(TextEdit.insert(target, 0, "// Definitions moved out of " + name
                    + " by Headroom: compiled once here instead of in every unit that includes it." + eol
                    + "#include " + include + eol));
        }
        String bare = include.substring(1, include.length() - 1);
        if (existing.contains("\"" + bare + "\"") || existing.contains("<" + bare + ">")) {
            return List.of();
        }
        int at = 0;
        Matcher m = INCLUDE_LINE.matcher(existing);
        while (m.find()) {
            at = m.end();
        }
        return List.of(TextEdit.insert(target, at, "#include " + include + lineEnding(existing)));
    }

    /** The file's line ending: CRLF when it uses it, else LF. */
    static String lineEnding(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }
}
