// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.util.Optional;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.internal.core.parser.scanner.ILocationResolver;

/**
 * Where one parse is, kept up by the parse at a cost of one field write per token or visited node, and turned into
 * a file and line only when asked.
 *
 * <p>While CDT parses, the point is the last token the parser took from the scanner: its offset is a sequence
 * number of CDT's location map, which maps it to a file and line. The map is still growing then, so the mapping is
 * read racily from the asking thread; a read that fails gives no point rather than a wrong one. During the fact walks
 * the point is the node visited last; the AST is complete then and its locations are stable.
 */
final class ParsePosition implements ParseLocator {
    private volatile ParsePoint.Phase phase = ParsePoint.Phase.PARSING;
    private volatile ILocationResolver locations;
    private volatile int tokenOffset = -1;
    private volatile IASTNode node;

    void scanning(ILocationResolver resolver) {
        locations = resolver;
    }

    void tokenRead(int offset) {
        tokenOffset = offset;
    }

    void lastTokenRead() {
        if (phase == ParsePoint.Phase.PARSING) {
            phase = ParsePoint.Phase.RESOLVING_AMBIGUITIES;
        }
    }

    /** The fact walk of {@code next} begins; its point is the first node it visits. */
    void walking(ParsePoint.Phase next) {
        node = null;
        phase = next;
    }

    void visiting(IASTNode visited) {
        node = visited;
    }

    @Override
    public Optional<ParsePoint> where() {
        ParsePoint.Phase now = phase;
        try {
            IASTFileLocation location;
            if (now == ParsePoint.Phase.PARSING || now == ParsePoint.Phase.RESOLVING_AMBIGUITIES) {
                ILocationResolver resolver = locations;
                int offset = tokenOffset;
                location = resolver == null || offset < 0 ? null : resolver.getMappedFileLocation(offset, 1);
            } else {
                IASTNode n = node;
                location = n == null ? null : n.getFileLocation();
            }
            if (location == null || location.getFileName() == null || location.getFileName().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ParsePoint(now, FileIndex.toPath(location.getFileName()),
                    location.getStartingLineNumber()));
        } catch (RuntimeException e) {
            return Optional.empty(); // the location map changed under the read: no point rather than a wrong one
        }
    }
}
