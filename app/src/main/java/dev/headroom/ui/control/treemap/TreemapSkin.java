// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.control.treemap;

import dev.headroom.layout.Cushions;
import dev.headroom.layout.LabelFit;
import dev.headroom.layout.NestedTreemap;
import dev.headroom.layout.NestingStyle;
import dev.headroom.layout.Rect;
import dev.headroom.layout.Tile;
import dev.headroom.layout.TreemapLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.event.EventHandler;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;
import javafx.util.Duration;

/**
 * Paints a {@link TreemapView} on one {@link Canvas}. The rectangles come from {@link NestedTreemap}; the same
 * {@link TreemapLayout} answers hit tests, so what is drawn is what is clicked. The layout and the label placements
 * are recomputed only when the data, the style or the size change; selection, highlight, colours and hover only
 * repaint.
 *
 * @param <T> the tree's node type
 */
public final class TreemapSkin<T> extends SkinBase<TreemapView<T>> {
    private static final double LABEL_PADDING = 2;
    private static final int MIN_LABEL_CHARS = 6;

    private final Canvas canvas = new Canvas();
    private final TreemapBehavior<T> behavior;
    private final Tooltip tooltip = new Tooltip();
    private final EventHandler<MouseEvent> mouseMoved = this::mouseMoved;
    private final EventHandler<MouseEvent> mouseExited = e -> hover(null);
    private final EventHandler<MouseEvent> mouseClicked = this::mouseClicked;
    private final Map<Integer, Double> charWidths = new HashMap<>();
    private Font measuredFont;

    private TreemapLayout<T> layout;
    private LabelFit.Placement[] labels = new LabelFit.Placement[0];
    /** Per tile, its size drawn under the label, or {@code null}. */
    private LabelFit.Placement[] sizes = new LabelFit.Placement[0];
    private boolean layoutValid;
    private boolean paintPending = true;
    private Tile<T> hovered;
    /** The cushions of the last layout and fill, kept while only the selection, hover or highlight change. */
    private javafx.scene.image.WritableImage shaded;
    private TreemapLayout<T> shadedLayout;
    private Function<? super T, ? extends Paint> shadedFill;
    private int layoutCount;
    private int paintCount;

    public TreemapSkin(TreemapView<T> control) {
        super(control);
        behavior = new TreemapBehavior<>(control);
        canvas.setManaged(false);
        getChildren().add(canvas);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, mouseMoved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, mouseExited);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, mouseClicked);
        Tooltip.install(canvas, tooltip);
        for (var p : List.of(control.rootProperty(), control.childrenFunctionProperty(), control.weightFunctionProperty(),
                control.labelFunctionProperty(), control.sizeLabelFunctionProperty(), control.tilePaddingProperty(), control.headerHeightProperty(),
                control.minTileSizeProperty(), control.labelFontProperty())) {
            registerChangeListener(p, o -> invalidateLayout());
        }
        registerChangeListener(control.cushionsProperty(), o -> requestPaint());
        for (var p : List.of(control.fillFunctionProperty(), control.selectedItemProperty(), control.highlightProperty(),
                control.markedProperty(), control.flaggedProperty(), control.tileBorderProperty(), control.selectionStrokeProperty(), control.highlightStrokeProperty())) {
            registerChangeListener(p, o -> requestPaint());
        }
        registerChangeListener(control.tooltipFunctionProperty(), o -> tooltip.setText(""));
    }

    @Override
    public void install() {
        super.install();
        behavior.install();
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        behavior.dispose();
        Tooltip.uninstall(canvas, tooltip);
        canvas.removeEventHandler(MouseEvent.MOUSE_MOVED, mouseMoved);
        canvas.removeEventHandler(MouseEvent.MOUSE_EXITED, mouseExited);
        canvas.removeEventHandler(MouseEvent.MOUSE_CLICKED, mouseClicked);
        getChildren().remove(canvas);
        super.dispose();
    }

    /** The current layout, in the control's coordinates; empty before the first layout or without a root. */
    public Optional<TreemapLayout<T>> currentLayout() {
        ensureLayout();
        return Optional.ofNullable(layout);
    }

    /** The deepest item drawn at {@code (x, y)} in the control's coordinates. */
    public Optional<T> itemAt(double x, double y) {
        return tileAt(x, y).map(Tile::item);
    }

    /** How many layouts were computed; a repaint must not add one. */
    public int layoutCount() {
        return layoutCount;
    }

    /** How many times the canvas was painted. */
    public int paintCount() {
        return paintCount;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double width = Math.floor(w);
        double height = Math.floor(h);
        canvas.relocate(x, y);
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            layoutValid = false;
        }
        if (!layoutValid || paintPending) {
            paint();
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 400 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 300 + top + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 50 + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 50 + top + bottom;
    }

    private Optional<Tile<T>> tileAt(double x, double y) {
        ensureLayout();
        if (layout == null) {
            return Optional.empty();
        }
        return layout.hit(x - canvas.getLayoutX(), y - canvas.getLayoutY());
    }

    private void invalidateLayout() {
        layoutValid = false;
        paintPending = true;
        hovered = null;
        getSkinnable().requestLayout();
    }

    private NestingStyle style() {
        TreemapView<T> c = getSkinnable();
        return new NestingStyle(Math.max(0, c.tilePaddingProperty().get()), Math.max(0, c.headerHeightProperty().get()),
                Math.max(1, c.minTileSizeProperty().get()), Integer.MAX_VALUE);
    }

    private void ensureLayout() {
        if (layoutValid) {
            return;
        }
        layoutValid = true;
        TreemapView<T> c = getSkinnable();
        T root = c.getRoot();
        if (root == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            layout = null;
            labels = new LabelFit.Placement[0];
            sizes = labels;
            return;
        }
        NestingStyle style = style();
        layout = NestedTreemap.layout(root, c.childrenFunctionProperty().get(), c.weightFunctionProperty().get(),
                new Rect(0, 0, canvas.getWidth(), canvas.getHeight()), style);
        layoutCount++;
        placeLabels(style);
    }

    private void placeLabels(NestingStyle style) {
        TreemapView<T> c = getSkinnable();
        Font font = c.labelFontProperty().get();
        if (font != measuredFont) {
            charWidths.clear();
            measuredFont = font;
        }
        double lineHeight = Math.ceil(font.getSize() * 1.25);
        LabelFit inside = new LabelFit(this::textWidth, lineHeight, LABEL_PADDING);
        LabelFit header = new LabelFit(this::textWidth, lineHeight, 0);
        Function<? super T, String> label = c.labelFunctionProperty().get();
        Function<? super T, String> size = c.sizeLabelFunctionProperty().get();
        List<Tile<T>> tiles = layout.tiles();
        labels = new LabelFit.Placement[tiles.size()];
        sizes = new LabelFit.Placement[tiles.size()];
        double minWidth = font.getSize() * 2;
        for (Tile<T> tile : tiles) {
            Rect r = tile.rect();
            if (r.width() < minWidth || r.height() < lineHeight) {
                continue;
            }
            boolean parent = !layout.children(tile).isEmpty();
            String text = label.apply(tile.item());
            if (text == null) {
                continue;
            }
            if (parent) {
                Rect strip = style.header(r);
                Rect area = new Rect(strip.x() + LABEL_PADDING, strip.y() + Math.max(0, (strip.height() - lineHeight) / 2),
                        Math.max(0, strip.width() - 2 * LABEL_PADDING), Math.min(lineHeight, strip.height()));
                if (area.height() >= lineHeight) {
                    labels[tile.index()] = header.fit(text, area).orElse(null);
                }
            } else {
                labels[tile.index()] = inside.fit(text, r).orElse(null);
            }
            LabelFit.Placement placed = labels[tile.index()];
            // "a…h" says nothing; a label keeps at least a few characters of the name or is left out.
            if (placed != null && placed.truncated() && placed.text().codePointCount(0, placed.text().length()) < MIN_LABEL_CHARS) {
                labels[tile.index()] = null;
                placed = null;
            }
            if (placed != null && size != null) {
                placeSize(tile, placed, parent, size.apply(tile.item()), lineHeight);
            }
        }
    }

    /**
     * A size goes whole or not at all: after a group's full name in its header strip, or on the line under a leaf's
     * label when the tile has room for both lines.
     */
    private void placeSize(Tile<T> tile, LabelFit.Placement placed, boolean parent, String text, double lineHeight) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Rect r = tile.rect();
        double width = textWidth(text);
        if (parent) {
            double x = placed.x() + placed.width() + 2 * LABEL_PADDING;
            if (!placed.truncated() && x + width <= r.x() + r.width() - LABEL_PADDING) {
                sizes[tile.index()] = new LabelFit.Placement(text, x, placed.y(), width, lineHeight, false);
            }
        } else if (r.height() - 2 * LABEL_PADDING >= 2 * lineHeight && width <= r.width() - 2 * LABEL_PADDING) {
            sizes[tile.index()] = new LabelFit.Placement(text, placed.x(), placed.y() + lineHeight, width, lineHeight, false);
        }
    }

    /** Width of a string as the sum of its characters' widths, each measured once per font. */
    private double textWidth(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += charWidths.computeIfAbsent(cp, this::measure);
            i += Character.charCount(cp);
        }
        return w;
    }

    private double measure(int codePoint) {
        Text text = new Text(new String(Character.toChars(codePoint)));
        text.setFont(measuredFont);
        return text.getLayoutBounds().getWidth();
    }

    /** Repaints now if the layout is current; otherwise the coming layout pass paints once for all changes. */
    private void requestPaint() {
        if (layoutValid) {
            paint();
        } else {
            paintPending = true;
            getSkinnable().requestLayout();
        }
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        TreemapView<T> c = getSkinnable();
        if (c == null) {
            return;
        }
        ensureLayout();
        paintPending = false;
        paintCount++;
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (layout == null) {
            return;
        }
        Function<? super T, ? extends Paint> fill = c.fillFunctionProperty().get();
        Predicate<? super T> highlight = c.highlightProperty().get();
        Paint border = c.tileBorderProperty().get();
        g.setLineWidth(1);
        g.setFont(c.labelFontProperty().get());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        Tile<T> selectedTile = null;
        T selected = c.getSelectedItem();
        boolean cushions = c.isCushions();
        if (cushions) {
            g.drawImage(cushions(fill), 0, 0);
        }
        for (Tile<T> tile : layout.tiles()) {
            Rect r = tile.rect();
            Paint colour = fill.apply(tile.item());
            if (!cushions) {
                g.setFill(colour);
                g.fillRect(r.x(), r.y(), r.width(), r.height());
            }
            if (r.width() >= 3 && r.height() >= 3) {
                g.setStroke(border);
                g.strokeRect(r.x() + 0.5, r.y() + 0.5, r.width() - 1, r.height() - 1);
            }
            LabelFit.Placement label = labels[tile.index()];
            if (label != null) {
                g.setFill(textColourOn(colour));
                g.fillText(label.text(), label.x(), label.y() + 1);
                LabelFit.Placement size = sizes[tile.index()];
                if (size != null) {
                    g.fillText(size.text(), size.x(), size.y() + 1);
                }
            }
            if (tile.item() == selected) {
                selectedTile = tile;
            }
        }
        if (highlight != null) {
            // A dark band under the highlight colour, so a match reads on yellow, orange and dark tiles alike.
            for (Tile<T> tile : layout.tiles()) {
                if (highlight.test(tile.item())) {
                    Rect r = tile.rect();
                    g.setStroke(Color.rgb(0, 0, 0, 0.85));
                    g.setLineWidth(4);
                    g.strokeRect(r.x() + 2, r.y() + 2, Math.max(0, r.width() - 4), Math.max(0, r.height() - 4));
                    g.setStroke(c.highlightStrokeProperty().get());
                    g.setLineWidth(2);
                    g.strokeRect(r.x() + 2, r.y() + 2, Math.max(0, r.width() - 4), Math.max(0, r.height() - 4));
                }
            }
        }
        Predicate<? super T> marked = c.markedProperty().get();
        if (marked != null) {
            for (Tile<T> tile : layout.tiles()) {
                if (marked.test(tile.item())) {
                    mark(g, tile.rect());
                }
            }
        }
        Predicate<? super T> flagged = c.flaggedProperty().get();
        if (flagged != null) {
            for (Tile<T> tile : layout.tiles()) {
                if (flagged.test(tile.item())) {
                    flag(g, tile.rect());
                }
            }
        }
        if (hovered != null) {
            Rect r = hovered.rect();
            g.setStroke(Color.rgb(255, 255, 255, 0.9));
            g.setLineWidth(1);
            g.strokeRect(r.x() + 1.5, r.y() + 1.5, Math.max(0, r.width() - 3), Math.max(0, r.height() - 3));
        }
        if (selectedTile != null) {
            Rect r = selectedTile.rect();
            g.setStroke(c.selectionStrokeProperty().get());
            g.setLineWidth(3);
            g.strokeRect(r.x() + 1.5, r.y() + 1.5, Math.max(0, r.width() - 3), Math.max(0, r.height() - 3));
        }
    }

    /**
     * A marked tile: a dashed outline, white on a black band, and in the top right corner a badge (a violet dot in a
     * white ring in a black one), so the mark reads on light, dark and saturated tiles alike and apart from a search
     * hit's solid outline.
     */
    private static void mark(GraphicsContext g, Rect r) {
        if (r.width() < 10 || r.height() < 10) {
            return;
        }
        // On the tile's edge, clear of its label (two pixels in); a selection's stroke covers it, the badge stays.
        double x = r.x() + 1;
        double y = r.y() + 1;
        double w = Math.max(0, r.width() - 2);
        double h = Math.max(0, r.height() - 2);
        g.setLineDashes();
        g.setStroke(Color.rgb(0, 0, 0, 0.9));
        g.setLineWidth(2);
        g.strokeRect(x, y, w, h);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1);
        g.setLineDashes(6, 4);
        g.strokeRect(x, y, w, h);
        g.setLineDashes();
        double d = 12;
        if (r.width() >= 2 * d && r.height() >= d + 6) {
            double cx = r.x() + r.width() - d - 5;
            double cy = r.y() + 2;
            g.setFill(Color.BLACK);
            g.fillOval(cx - 1, cy - 1, d + 2, d + 2);
            g.setFill(Color.WHITE);
            g.fillOval(cx, cy, d, d);
            g.setFill(Color.rgb(124, 58, 237));
            g.fillOval(cx + 2.5, cy + 2.5, d - 5, d - 5);
        }
    }

    /**
     * A flagged tile: a band along its bottom edge and a right triangle in its bottom right corner, each teal inside
     * white inside black, so the flag reads on light, dark and saturated tiles alike, and apart from a mark (dashed
     * outline, round badge at the top right) and a search hit (solid outline all round).
     */
    private static void flag(GraphicsContext g, Rect r) {
        if (r.width() < 10 || r.height() < 10) {
            return;
        }
        double left = r.x() + 1;
        double right = r.x() + r.width() - 1;
        double bottom = r.y() + r.height() - 1;
        g.setFill(Color.rgb(0, 0, 0, 0.9));
        g.fillRect(left, bottom - 5, right - left, 5);
        g.setFill(Color.WHITE);
        g.fillRect(left + 1, bottom - 4, right - left - 2, 3);
        g.setFill(TreemapView.FLAG_COLOUR);
        g.fillRect(left + 1, bottom - 3.5, right - left - 2, 2);
        double d = Math.min(18, Math.min(r.width(), r.height()) / 2);
        if (d >= 9) {
            triangle(g, right, bottom, d, 0, Color.BLACK);
            triangle(g, right, bottom, d, 1.2, Color.WHITE);
            triangle(g, right, bottom, d, 2.6, TreemapView.FLAG_COLOUR);
        }
    }

    /** The right triangle with legs {@code d} in the corner at ({@code x}, {@code y}), inset by {@code by}. */
    private static void triangle(GraphicsContext g, double x, double y, double d, double by, Color colour) {
        // Inset along both legs and the hypotenuse: the legs' corner moves by `by`, the acute corners by by·(1 + √2).
        double tip = d - by * (1 + Math.sqrt(2));
        g.setFill(colour);
        g.fillPolygon(new double[] {x - by, x - by - (tip - by), x - by},
                new double[] {y - by, y - by, y - by - (tip - by)}, 3);
    }

    /** The shaded tiles, rendered again only when the layout, the fill or the size changed. */
    private javafx.scene.image.WritableImage cushions(Function<? super T, ? extends Paint> fill) {
        int width = (int) Math.ceil(canvas.getWidth());
        int height = (int) Math.ceil(canvas.getHeight());
        if (shaded != null && shadedLayout == layout && shadedFill == fill && (int) shaded.getWidth() == width
                && (int) shaded.getHeight() == height) {
            return shaded;
        }
        int[] colours = new int[layout.size()];
        for (Tile<T> tile : layout.tiles()) {
            colours[tile.index()] = argb(fill.apply(tile.item()));
        }
        int[] pixels = new int[Math.max(1, width * height)];
        Cushions.render(layout, colours, width, height, pixels);
        shaded = new javafx.scene.image.WritableImage(Math.max(1, width), Math.max(1, height));
        shaded.getPixelWriter().setPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(),
                pixels, 0, width);
        shadedLayout = layout;
        shadedFill = fill;
        return shaded;
    }

    /** A paint as one ARGB colour: a gradient or pattern fill shades as grey. */
    private static int argb(Paint paint) {
        Color colour = paint instanceof Color c ? c : Color.GRAY;
        return ((int) Math.round(colour.getOpacity() * 255) << 24) | ((int) Math.round(colour.getRed() * 255) << 16)
                | ((int) Math.round(colour.getGreen() * 255) << 8) | (int) Math.round(colour.getBlue() * 255);
    }

    private static Paint textColourOn(Paint background) {
        if (background instanceof Color colour) {
            double luminance = 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
            return luminance < 0.55 ? Color.WHITE : Color.rgb(20, 20, 20);
        }
        return Color.BLACK;
    }

    private void mouseMoved(MouseEvent e) {
        hover(tileAt(e.getX() + canvas.getLayoutX(), e.getY() + canvas.getLayoutY()).orElse(null));
    }

    private void hover(Tile<T> tile) {
        if (tile == hovered) {
            return;
        }
        hovered = tile;
        Function<? super T, String> text = getSkinnable().tooltipFunctionProperty().get();
        tooltip.setText(tile == null || text == null ? "" : text.apply(tile.item()));
        requestPaint();
    }

    private void mouseClicked(MouseEvent e) {
        T item = tileAt(e.getX() + canvas.getLayoutX(), e.getY() + canvas.getLayoutY()).map(Tile::item).orElse(null);
        behavior.tileClicked(item, e.getClickCount());
    }
}
