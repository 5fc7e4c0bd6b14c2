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

    private TokenMap(int[] codeOffsets, int[] codeLines, int linesOfCode) {
        this.codeOffsets = codeOffsets;
        this.codeLines = codeLines;
        this.linesOfCode = linesOfCode;
    }

    static TokenMap lex(SourceText text) {
        Lexer.LexerOptions options = new Lexer.LexerOptions();
        options.fSupportRawStringLiterals = true;
        options.fSupportUTFLiterals = true;
        options.fSupportDigitSeparators = true;
        options.fSupportUserDefinedLiterals = true;
        options.fSupportThreeWayComparisonOperator = true;
        Lexer lexer = new Lexer(text.chars(), options, ILexerLog.NULL, null);
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
        return new TokenMap(offsets.toArray(), lines.toArray(), anyTokenLines.cardinality());
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
