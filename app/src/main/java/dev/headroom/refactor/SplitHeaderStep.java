// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a header into pieces: each piece is a new file, the header's declarations become includes of every piece
 * (the umbrella, so old includers compile as before), and each repointed includer's include line (or jank require)
 * names only the pieces it uses. The texts are computed by {@link SplitPlanner} from the analysed text; the step
 * checks that every replaced span still reads as it did, so a file edited since is refused, not patched.
 *
 * @param header   absolute path of the header
 * @param umbrella the header's replaced span and its new text
 * @param pieces   the new files and their texts
 * @param repoints each includer's replaced span and its new text
 */
public record SplitHeaderStep(String header, Replacement umbrella, List<NewFile> pieces, List<Replacement> repoints)
        implements RefactorStep {

    public SplitHeaderStep {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(umbrella, "umbrella");
        pieces = List.copyOf(pieces);
        repoints = List.copyOf(repoints);
    }

    /**
     * A span of an existing file and what replaces it.
     *
     * @param file        absolute path
     * @param offset      where the span starts
     * @param expected    the span's text as analysed
     * @param replacement its new text
     */
    public record Replacement(String file, int offset, String expected, String replacement) {
    }

    /**
     * A file the split creates.
     *
     * @param file absolute path
     * @param text its content
     */
    public record NewFile(String file, String text) {
    }

    @Override
    public String description() {
        return "split " + header + " into " + pieces.size() + " pieces, repoint " + repoints.size() + " includer"
                + (repoints.size() == 1 ? "" : "s");
    }

    @Override
    public List<TextEdit> edits(SourceTexts texts) throws RefactorException {
        List<TextEdit> edits = new ArrayList<>();
        edits.add(edit(umbrella, texts));
        for (NewFile p : pieces) {
            if (texts.existing(p.file()).isPresent()) {
                throw new RefactorException(p.file() + ": the piece's file exists already; choose another name");
            }
            edits.add(TextEdit.insert(p.file(), 0, p.text()));
        }
        for (Replacement r : repoints) {
            edits.add(edit(r, texts));
        }
        return edits;
    }

    private static TextEdit edit(Replacement r, SourceTexts texts) throws RefactorException {
        String text = texts.text(r.file());
        int end = r.offset() + r.expected().length();
        if (end > text.length() || !text.substring(r.offset(), end).equals(r.expected())) {
            throw new RefactorException(r.file() + " was edited since it was analysed (line "
                    + (text.substring(0, Math.min(r.offset(), text.length())).chars().filter(c -> c == '\n').count()
                    + 1) + " differs); analyse again before patching");
        }
        return new TextEdit(r.file(), r.offset(), r.expected().length(), r.replacement());
    }
}
