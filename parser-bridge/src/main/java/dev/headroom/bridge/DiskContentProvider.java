// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.cdt.core.dom.ast.IFileNomination;
import org.eclipse.cdt.core.index.IIndexFileLocation;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.core.parser.ISignificantMacros;
import org.eclipse.cdt.internal.core.parser.IMacroDictionary;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContent;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContentProvider;

/**
 * Gives CDT the content of included files from a {@link SourceCache}. CDT's stock providers either need the
 * Eclipse workspace ({@code getSavedFilesProvider}) or give no content ({@code getEmptyFilesProvider}).
 * Every inclusion is also a point where a cancelled parse stops.
 *
 * <p>CDT keys {@code #pragma once} and include-guard bookkeeping by the path string it built, so
 * {@code glm/ext/../detail/type_vec4.hpp} and {@code glm/detail/type_vec4.hpp} were two files to it: a header
 * reached by two spellings was parsed again, every template in it declared twice, and CDT's ambiguity resolution
 * went quadratic over the duplicates (GLM: 177 s, against clang's 0.6 s). clang keys by file identity; so does this
 * provider: the bookkeeping uses the real path, and the content is named by the normalized path, so a file is one
 * file in the AST as well.
 */
final class DiskContentProvider extends InternalFileContentProvider {
    private final SourceCache cache;
    private final CancelSignal cancel;
    private final Map<String, String> identities = new ConcurrentHashMap<>();

    DiskContentProvider(SourceCache cache, CancelSignal cancel) {
        this.cache = cache;
        this.cancel = cancel;
    }

    @Override
    public boolean getInclusionExists(String path) {
        return cache.exists(path);
    }

    @Override
    public InternalFileContent getContentForInclusion(String path, IMacroDictionary macroDictionary) {
        if (cancel.cancelled()) {
            throw new ParseCancelledException();
        }
        String normalized = normalized(path);
        cancel.entering(normalized);
        SourceText text = cache.read(normalized);
        return text == null ? null : (InternalFileContent) FileContent.create(normalized, text.chars());
    }

    @Override
    public InternalFileContent getContentForInclusion(IIndexFileLocation location, String astPath) {
        return getContentForInclusion(astPath, null);
    }

    @Override
    public void reportPragmaOnceSemantics(String file, IFileNomination nomination) {
        super.reportPragmaOnceSemantics(identity(file), nomination);
    }

    @Override
    public IFileNomination isIncludedWithPragmaOnceSemantics(String file) {
        return super.isIncludedWithPragmaOnceSemantics(identity(file));
    }

    @Override
    public List<ISignificantMacros> getLoadedVersions(String path) {
        return super.getLoadedVersions(identity(path));
    }

    @Override
    public void addLoadedVersions(String path, int reason, ISignificantMacros significantMacros) {
        super.addLoadedVersions(identity(path), reason, significantMacros);
    }

    private static String normalized(String path) {
        try {
            return Path.of(path).normalize().toString();
        } catch (InvalidPathException e) {
            return path;
        }
    }

    /** The file's identity as clang sees it: its real path, symbolic links resolved. */
    private String identity(String path) {
        return identities.computeIfAbsent(path, p -> {
            try {
                return FileMounts.path(p).toRealPath().toString();
            } catch (IOException | InvalidPathException | SecurityException e) {
                return normalized(p);
            }
        });
    }
}
