// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import org.eclipse.cdt.core.index.IIndexFileLocation;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.internal.core.parser.IMacroDictionary;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContent;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContentProvider;

/**
 * Gives CDT the content of included files from a {@link SourceCache}. CDT's stock providers either need the
 * Eclipse workspace ({@code getSavedFilesProvider}) or give no content ({@code getEmptyFilesProvider}).
 * Every inclusion is also a point where a cancelled parse stops.
 */
final class DiskContentProvider extends InternalFileContentProvider {
    private final SourceCache cache;
    private final CancelSignal cancel;

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
        cancel.entering(path);
        SourceText text = cache.read(path);
        return text == null ? null : (InternalFileContent) FileContent.create(path, text.chars());
    }

    @Override
    public InternalFileContent getContentForInclusion(IIndexFileLocation location, String astPath) {
        return getContentForInclusion(astPath, null);
    }
}
