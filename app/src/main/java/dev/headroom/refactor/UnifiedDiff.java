// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * Formats file changes as a git-style unified diff that {@code git apply} takes: {@code diff --git} headers with
 * {@code a/} and {@code b/} prefixes, new files from {@code /dev/null}, hunks by JGit's {@link DiffFormatter} on
 * {@link RawText}, which compares bytes, so CRLF line endings survive and a missing newline at the end of a file is
 * marked ({@code \ No newline at end of file}) rather than lost.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /**
     * The diff of one change.
     *
     * @param path the file's path in the patch, relative to the folder it is applied in, with {@code /}
     */
    public static String of(String path, FileChange change) {
        byte[] before = change.created() ? new byte[0] : change.before().getBytes(StandardCharsets.UTF_8);
        byte[] after = change.after().getBytes(StandardCharsets.UTF_8);
        RawText a = new RawText(before);
        RawText b = new RawText(after);
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, a, b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        head.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
        if (change.created()) {
            head.append("new file mode 100644\n--- /dev/null\n");
        } else {
            head.append("--- a/").append(path).append('\n');
        }
        head.append("+++ b/").append(path).append('\n');
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        try (DiffFormatter formatter = new DiffFormatter(out)) {
            formatter.setContext(CONTEXT);
            formatter.format(edits, a, b);
            formatter.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
