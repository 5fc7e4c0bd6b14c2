// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.util.Map;
import org.eclipse.cdt.core.dom.ast.IMacroBinding;
import org.eclipse.cdt.core.dom.ast.gnu.c.GCCLanguage;
import org.eclipse.cdt.core.dom.ast.gnu.cpp.GPPLanguage;
import org.eclipse.cdt.core.model.ILanguage;
import org.eclipse.cdt.core.parser.EndOfFileException;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.core.parser.IParserLogService;
import org.eclipse.cdt.core.parser.IScanner;
import org.eclipse.cdt.core.parser.IScannerInfo;
import org.eclipse.cdt.core.parser.IToken;
import org.eclipse.cdt.core.parser.IncludeExportPatterns;
import org.eclipse.cdt.core.parser.IncludeFileContentProvider;
import org.eclipse.cdt.core.parser.OffsetLimitReachedException;
import org.eclipse.cdt.internal.core.parser.scanner.ILocationResolver;

/**
 * CDT's scanner, telling a {@link ParsePosition} the offset of every token the parser takes. CDT builds its scanner
 * inside {@code getASTTranslationUnit}; the languages here are CDT's own with {@code createScanner} (protected, meant
 * to be overridden) wrapping the scanner it makes. The parser uses the scanner only through {@link IScanner}.
 */
final class PositionScanner implements IScanner {
    private final IScanner scanner;
    private final ParsePosition position;

    private PositionScanner(IScanner scanner, ParsePosition position) {
        this.scanner = scanner;
        this.position = position;
        position.scanning(scanner.getLocationResolver());
    }

    /** CDT's C or C++ language whose parses tell {@code position} where they are. */
    static ILanguage language(SourceLanguage language, ParsePosition position) {
        return language == SourceLanguage.C ? new C(position) : new Cxx(position);
    }

    private static final class Cxx extends GPPLanguage {
        private final ParsePosition position;

        Cxx(ParsePosition position) {
            this.position = position;
        }

        @Override
        protected IScanner createScanner(FileContent content, IScannerInfo info, IncludeFileContentProvider files,
                IParserLogService log) {
            return new PositionScanner(super.createScanner(content, info, files, log), position);
        }
    }

    private static final class C extends GCCLanguage {
        private final ParsePosition position;

        C(ParsePosition position) {
            this.position = position;
        }

        @Override
        protected IScanner createScanner(FileContent content, IScannerInfo info, IncludeFileContentProvider files,
                IParserLogService log) {
            return new PositionScanner(super.createScanner(content, info, files, log), position);
        }
    }

    @Override
    public IToken nextToken() throws EndOfFileException {
        try {
            IToken token = scanner.nextToken();
            position.tokenRead(token.getOffset());
            return token;
        } catch (EndOfFileException e) {
            position.lastTokenRead();
            throw e;
        }
    }

    @Override
    public Map<String, IMacroBinding> getMacroDefinitions() {
        return scanner.getMacroDefinitions();
    }

    @Override
    public boolean isOnTopContext() {
        return scanner.isOnTopContext();
    }

    @Override
    public void cancel() {
        scanner.cancel();
    }

    @Override
    public ILocationResolver getLocationResolver() {
        return scanner.getLocationResolver();
    }

    @Override
    public void setContentAssistMode(int offset) {
        scanner.setContentAssistMode(offset);
    }

    @Override
    public void setSplitShiftROperator(boolean value) {
        scanner.setSplitShiftROperator(value);
    }

    @Override
    public void setComputeImageLocations(boolean value) {
        scanner.setComputeImageLocations(value);
    }

    @Override
    public void setTrackIncludeExport(IncludeExportPatterns patterns) {
        scanner.setTrackIncludeExport(patterns);
    }

    @Override
    public void setProcessInactiveCode(boolean value) {
        scanner.setProcessInactiveCode(value);
    }

    @Override
    public void skipInactiveCode() throws OffsetLimitReachedException {
        scanner.skipInactiveCode();
    }

    @Override
    public int getCodeBranchNesting() {
        return scanner.getCodeBranchNesting();
    }

    @Override
    public char[] getAdditionalNumericLiteralSuffixes() {
        return scanner.getAdditionalNumericLiteralSuffixes();
    }

    @Deprecated
    @Override
    public void setScanComments(boolean value) {
        scanner.setScanComments(value);
    }
}
