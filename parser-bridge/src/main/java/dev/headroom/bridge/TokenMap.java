// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.util.BitSet;
import org.eclipse.cdt.core.parser.IToken;
import org.eclipse.cdt.core.parser.OffsetLimitReachedException;
import org.eclipse.cdt.internal.core.parser.scanner.ILexerLog;
import org.eclipse.cdt.internal.core.parser.scanner.Lexer;
import org.eclipse.cdt.internal.core.parser.scanner.Token;

/**
 * Where a file's tokens are, lexed once with CDT's own lexer so that comments, line splices and raw strings
 * count exactly as the parser sees them. Tokens of preprocessor directives are kept apart: they do not
 * reach the parser.
 */
final class TokenMap {
    private final int[] codeOffsets;
    private final int[] codeLines;
    private final int linesOfCode;
    private final int unterminatedCommentLine;

    private TokenMap(int[] codeOffsets, int[] codeLines, int linesOfCode, int unterminatedCommentLine) {
        this.codeOffsets = codeOffsets;
        this.codeLines = codeLines;
        this.linesOfCode = linesOfCode;
        this.unterminatedCommentLine = unterminatedCommentLine;
    }

    /** Line where a block comment starts that never ends, or 0. CDT's own lexer does not report this. */
    int unterminatedCommentLine() {
        return unterminatedCommentLine;
    }

    static TokenMap lex(SourceText text) {
        Lexer.LexerOptions options = new Lexer.LexerOptions();
        options.fSupportRawStringLiterals = true;
        options.fSupportUTFLiterals = true;
        options.fSupportDigitSeparators = true;
        options.fSupportUserDefinedLiterals = true;
        options.fSupportThreeWayComparisonOperator = true;
        int[] unterminated = {0};
        char[] chars = text.chars();
        ILexerLog log = new ILexerLog() {
            @Override
            public void handleProblem(int problemId, char[] arg, int offset, int endOffset) {
                // Parser problems are reported from the AST; the lexer's would repeat them.
            }

            @Override
            public void handleComment(boolean isBlockComment, int offset, int endOffset,
                    org.eclipse.cdt.internal.core.parser.scanner.AbstractCharArray input) {
                if (isBlockComment && unterminated[0] == 0 && !closes(chars, offset + 2, endOffset)) {
                    unterminated[0] = text.lineOf(offset);
                }
            }
        };
        Lexer lexer = new Lexer(chars, options, log, null);
        IntList offsets = new IntList();
        IntList lines = new IntList();
        BitSet anyTokenLines = new BitSet();
        boolean inDirective = false;
        boolean lineStart = true;
        try {
            for (Token t = lexer.nextToken(); t.getType() != IToken.tEND_OF_INPUT; t = lexer.nextToken()) {
                if (t.getType() == Lexer.tNEWLINE) {
                    inDirective = false;
                    lineStart = true;
                    continue;
                }
                int line = text.lineOf(t.getOffset());
                anyTokenLines.set(line);
                if (lineStart && t.getType() == IToken.tPOUND) {
                    inDirective = true;
                }
                lineStart = false;
                if (!inDirective) {
                    offsets.add(t.getOffset());
                    lines.add(line);
                }
            }
        } catch (OffsetLimitReachedException e) {
            // Only raised in content-assist mode, which is never switched on here.
            throw new IllegalStateException(e);
        }
        return new TokenMap(offsets.toArray(), lines.toArray(), anyTokenLines.cardinality(), unterminated[0]);
    }

    /** Whether a block comment's text holds its closing {@code *}{@code /}, line splices allowed between them. */
    private static boolean closes(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] != '*') {
                continue;
            }
            int j = i + 1;
            while (j + 1 < to && chars[j] == '\\' && (chars[j + 1] == '\n' || chars[j + 1] == '\r')) {
                j += chars[j + 1] == '\r' && j + 2 < to && chars[j + 2] == '\n' ? 3 : 2;
            }
            if (j < to && chars[j] == '/') {
                return true;
            }
        }
        return false;
    }

    int linesOfCode() {
        return linesOfCode;
    }

    /** Tokens outside directives and outside the given inactive ranges. */
    Count countActive(InactiveRanges inactive) {
        int tokens = 0;
        int activeLines = 0;
        int lastLine = -1;
        for (int i = 0; i < codeOffsets.length; i++) {
            if (inactive.contains(codeOffsets[i])) {
                continue;
            }
            tokens++;
            if (codeLines[i] != lastLine) {
                activeLines++;
                lastLine = codeLines[i];
            }
        }
        return new Count(tokens, activeLines);
    }

    record Count(int tokens, int lines) {
    }

    /** A growable int array; boxing every token offset would dominate the lexing cost. */
    static final class IntList {
        private int[] values = new int[256];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
