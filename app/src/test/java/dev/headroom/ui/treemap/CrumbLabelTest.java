// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.treemap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.headroom.analysis.HeaderNode;
import java.util.List;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.Test;

/** Breadcrumb labels never read the same twice in a row. */
class CrumbLabelTest {
    static HeaderNode header(String path) {
        return new HeaderNode(HeaderNode.Kind.HEADER, path.substring(path.lastIndexOf('/') + 1), path, null, 1, 1, 1, 1,
                1, List.of());
    }

    /** The chain BreadCrumbBar.buildTreeModel makes (which needs the toolkit running): each item the next's parent. */
    static TreeItem<HeaderNode> chain(HeaderNode... path) {
        TreeItem<HeaderNode> item = null;
        for (HeaderNode n : path) {
            TreeItem<HeaderNode> next = new TreeItem<>(n);
            if (item != null) {
                item.getChildren().add(next);
            }
            item = next;
        }
        return item;
    }

    @Test
    void twoFilesOfOneNameInARowAreToldApartByTheirFolder() {
        HeaderNode unit = new HeaderNode(HeaderNode.Kind.MODULE, "app", "app", null, 0, 3, 3, 3, 0, List.of());
        HeaderNode cmath = header("/usr/include/c++/12/cmath");
        HeaderNode cxxMath = header("/usr/include/c++/12/math.h");
        HeaderNode glibcMath = header("/usr/include/math.h");
        TreeItem<HeaderNode> last = chain(unit, cmath, cxxMath, glibcMath);
        TreeItem<HeaderNode> middle = last.getParent();

        assertEquals("include/math.h", TreemapPane.crumbLabel(last));
        assertEquals("12/math.h", TreemapPane.crumbLabel(middle));
        assertEquals("cmath", TreemapPane.crumbLabel(middle.getParent()), "no clash, the tile's own label");
        assertEquals("app", TreemapPane.crumbLabel(middle.getParent().getParent()));
    }
}
