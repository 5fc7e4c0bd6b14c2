// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.control.treemap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * A nested treemap of any tree: each item a rectangle whose area is its weight, its children nested inside it.
 * The control holds the data and look; {@link TreemapSkin} paints every tile on one canvas from a layout computed by
 * {@code dev.headroom.layout}, and hit-tests against the same rectangles; {@link TreemapBehavior} handles keys.
 *
 * <p>Clicking a tile selects it; double-click or Enter asks to zoom in ({@link #onZoomInProperty()}), Backspace or
 * Escape to zoom out ({@link #onZoomOutProperty()}). The control does not zoom by itself: whoever owns the tree
 * sets a new {@link #rootProperty() root}.
 *
 * <p>Style class {@code treemap-view}; CSS properties {@code -hr-tile-padding}, {@code -hr-header-height},
 * {@code -hr-min-tile-size}, {@code -hr-label-font}, {@code -hr-tile-border}, {@code -hr-selection-stroke} and
 * {@code -hr-highlight-stroke}.
 *
 * @param <T> the tree's node type
 */
public class TreemapView<T> extends Control {
    /** The style class every treemap carries. */
    public static final String DEFAULT_STYLE_CLASS = "treemap-view";
    /**
     * The colour of a flag, teal: apart from the violet of a mark's badge, the yellow of the highlight, the blue of
     * the selection and the heat scale's reds; a legend draws its entry in it.
     */
    public static final Color FLAG_COLOUR = Color.rgb(13, 148, 136);

    // Every property is created on first use rather than in a field initialiser: an initialiser passing `this` to
    // a property's constructor would hand out a half-built control to code a subclass cannot see (javac's
    // this-escape), and a treemap nobody styles or listens to keeps no property objects at all.
    private ObjectProperty<T> root;
    private ObjectProperty<Function<? super T, ? extends List<? extends T>>> childrenFunction;
    private ObjectProperty<ToDoubleFunction<? super T>> weightFunction;
    private ObjectProperty<Function<? super T, String>> labelFunction;
    private ObjectProperty<Function<? super T, String>> sizeLabelFunction;
    private ObjectProperty<Function<? super T, ? extends Paint>> fillFunction;
    private ObjectProperty<Function<? super T, String>> tooltipFunction;
    private ObjectProperty<T> selectedItem;
    private ObjectProperty<Predicate<? super T>> highlight;
    private ObjectProperty<Predicate<? super T>> marked;
    private ObjectProperty<Predicate<? super T>> flagged;
    private ObjectProperty<Consumer<? super T>> onZoomIn;
    private ObjectProperty<Runnable> onZoomOut;

    private javafx.beans.property.BooleanProperty cushions;
    private StyleableDoubleProperty tilePadding;
    private StyleableDoubleProperty headerHeight;
    private StyleableDoubleProperty minTileSize;
    private StyleableObjectProperty<Font> labelFont;
    private StyleableObjectProperty<Paint> tileBorder;
    private StyleableObjectProperty<Paint> selectionStroke;
    private StyleableObjectProperty<Paint> highlightStroke;

    // Node's own final setters, which read nothing a subclass declares; javac cannot see that across classes.
    @SuppressWarnings("this-escape")
    public TreemapView() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TreemapSkin<>(this);
    }

    /**
     * Whether tiles are drawn as cushions (van Wijk's shading, which shows the nesting by light and shade) rather than
     * flat; on by default.
     */
    public final javafx.beans.property.BooleanProperty cushionsProperty() {
        if (cushions == null) {
            cushions = new javafx.beans.property.SimpleBooleanProperty(this, "cushions", true);
        }
        return cushions;
    }

    public final boolean isCushions() {
        return cushions == null || cushions.get();
    }

    public final void setCushions(boolean value) {
        cushionsProperty().set(value);
    }

    /** The item filling the whole control; its subtree is what is drawn. */
    public final ObjectProperty<T> rootProperty() {
        if (root == null) {
            root = new SimpleObjectProperty<>(this, "root");
        }
        return root;
    }

    public final T getRoot() {
        return root == null ? null : root.get();
    }

    public final void setRoot(T value) {
        rootProperty().set(value);
    }

    /** An item's children in drawing order (heaviest first squarifies best); empty or {@code null} for a leaf. */
    public final ObjectProperty<Function<? super T, ? extends List<? extends T>>> childrenFunctionProperty() {
        if (childrenFunction == null) {
            childrenFunction = new SimpleObjectProperty<>(this, "childrenFunction", item -> List.of());
        }
        return childrenFunction;
    }

    public final void setChildrenFunction(Function<? super T, ? extends List<? extends T>> value) {
        childrenFunctionProperty().set(value);
    }

    /** An item's weight including its children's, finite and non-negative; the rest over the children is its own. */
    public final ObjectProperty<ToDoubleFunction<? super T>> weightFunctionProperty() {
        if (weightFunction == null) {
            weightFunction = new SimpleObjectProperty<>(this, "weightFunction", item -> 1);
        }
        return weightFunction;
    }

    public final void setWeightFunction(ToDoubleFunction<? super T> value) {
        weightFunctionProperty().set(value);
    }

    /** The text drawn on an item's tile where it fits. */
    public final ObjectProperty<Function<? super T, String>> labelFunctionProperty() {
        if (labelFunction == null) {
            labelFunction = new SimpleObjectProperty<>(this, "labelFunction", String::valueOf);
        }
        return labelFunction;
    }

    public final void setLabelFunction(Function<? super T, String> value) {
        labelFunctionProperty().set(value);
    }

    /**
     * A tile's size as text ("1.2 MB"), drawn under a leaf's label and after a group's where it fits whole;
     * {@code null} (the default) draws no sizes.
     */
    public final ObjectProperty<Function<? super T, String>> sizeLabelFunctionProperty() {
        if (sizeLabelFunction == null) {
            sizeLabelFunction = new SimpleObjectProperty<>(this, "sizeLabelFunction");
        }
        return sizeLabelFunction;
    }

    public final void setSizeLabelFunction(Function<? super T, String> value) {
        sizeLabelFunctionProperty().set(value);
    }

    /** An item's tile colour. */
    public final ObjectProperty<Function<? super T, ? extends Paint>> fillFunctionProperty() {
        if (fillFunction == null) {
            fillFunction = new SimpleObjectProperty<>(this, "fillFunction", item -> Color.LIGHTSTEELBLUE);
        }
        return fillFunction;
    }

    public final void setFillFunction(Function<? super T, ? extends Paint> value) {
        fillFunctionProperty().set(value);
    }

    /** The tooltip text of an item's tile. */
    public final ObjectProperty<Function<? super T, String>> tooltipFunctionProperty() {
        if (tooltipFunction == null) {
            tooltipFunction = new SimpleObjectProperty<>(this, "tooltipFunction", String::valueOf);
        }
        return tooltipFunction;
    }

    public final void setTooltipFunction(Function<? super T, String> value) {
        tooltipFunctionProperty().set(value);
    }

    /** The selected item, outlined; set by clicking a tile. */
    public final ObjectProperty<T> selectedItemProperty() {
        if (selectedItem == null) {
            selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
        }
        return selectedItem;
    }

    public final T getSelectedItem() {
        return selectedItem == null ? null : selectedItem.get();
    }

    public final void setSelectedItem(T value) {
        selectedItemProperty().set(value);
    }

    /** Items to highlight (search hits); {@code null} highlights nothing. */
    public final ObjectProperty<Predicate<? super T>> highlightProperty() {
        if (highlight == null) {
            highlight = new SimpleObjectProperty<>(this, "highlight");
        }
        return highlight;
    }

    public final void setHighlight(Predicate<? super T> value) {
        highlightProperty().set(value);
    }

    /**
     * Items to mark with a badge and a dashed outline (the headers a refactor plan changes); {@code null} marks
     * nothing. Marks and the highlight are drawn apart, so a search hit in a plan shows both.
     */
    public final ObjectProperty<Predicate<? super T>> markedProperty() {
        if (marked == null) {
            marked = new SimpleObjectProperty<>(this, "marked");
        }
        return marked;
    }

    public final void setMarked(Predicate<? super T> value) {
        markedProperty().set(value);
    }

    /**
     * Items to flag with a corner triangle and a solid band along the bottom edge, in {@link #FLAG_COLOUR} (the JIT
     * what-if's headers and modules); {@code null} flags nothing. Drawn apart from marks and the highlight, in another
     * corner, so a tile can show all three.
     */
    public final ObjectProperty<Predicate<? super T>> flaggedProperty() {
        if (flagged == null) {
            flagged = new SimpleObjectProperty<>(this, "flagged");
        }
        return flagged;
    }

    public final void setFlagged(Predicate<? super T> value) {
        flaggedProperty().set(value);
    }

    /** Called with the item to zoom into on double-click or Enter. */
    public final ObjectProperty<Consumer<? super T>> onZoomInProperty() {
        if (onZoomIn == null) {
            onZoomIn = new SimpleObjectProperty<>(this, "onZoomIn");
        }
        return onZoomIn;
    }

    public final void setOnZoomIn(Consumer<? super T> value) {
        onZoomInProperty().set(value);
    }

    /** Called on Backspace or Escape. */
    public final ObjectProperty<Runnable> onZoomOutProperty() {
        if (onZoomOut == null) {
            onZoomOut = new SimpleObjectProperty<>(this, "onZoomOut");
        }
        return onZoomOut;
    }

    public final void setOnZoomOut(Runnable value) {
        onZoomOutProperty().set(value);
    }

    /** Gap between a parent's edge and its children ({@code -hr-tile-padding}). */
    public final StyleableDoubleProperty tilePaddingProperty() {
        if (tilePadding == null) {
            tilePadding = new SimpleStyleableDoubleProperty(StyleableProperties.TILE_PADDING, this, "tilePadding",
                    StyleableProperties.TILE_PADDING.getInitialValue(this).doubleValue());
        }
        return tilePadding;
    }

    /** Height of the label strip atop a parent ({@code -hr-header-height}). */
    public final StyleableDoubleProperty headerHeightProperty() {
        if (headerHeight == null) {
            headerHeight = new SimpleStyleableDoubleProperty(StyleableProperties.HEADER_HEIGHT, this, "headerHeight",
                    StyleableProperties.HEADER_HEIGHT.getInitialValue(this).doubleValue());
        }
        return headerHeight;
    }

    /** Smallest content size in which children are still drawn ({@code -hr-min-tile-size}). */
    public final StyleableDoubleProperty minTileSizeProperty() {
        if (minTileSize == null) {
            minTileSize = new SimpleStyleableDoubleProperty(StyleableProperties.MIN_TILE_SIZE, this, "minTileSize",
                    StyleableProperties.MIN_TILE_SIZE.getInitialValue(this).doubleValue());
        }
        return minTileSize;
    }

    /** Font of the tile labels ({@code -hr-label-font}). */
    public final StyleableObjectProperty<Font> labelFontProperty() {
        if (labelFont == null) {
            labelFont = new SimpleStyleableObjectProperty<>(StyleableProperties.LABEL_FONT, this, "labelFont",
                    StyleableProperties.LABEL_FONT.getInitialValue(this));
        }
        return labelFont;
    }

    /** Tile outline colour ({@code -hr-tile-border}). */
    public final StyleableObjectProperty<Paint> tileBorderProperty() {
        if (tileBorder == null) {
            tileBorder = paint(StyleableProperties.TILE_BORDER, "tileBorder");
        }
        return tileBorder;
    }

    /** Outline of the selected tile ({@code -hr-selection-stroke}). */
    public final StyleableObjectProperty<Paint> selectionStrokeProperty() {
        if (selectionStroke == null) {
            selectionStroke = paint(StyleableProperties.SELECTION_STROKE, "selectionStroke");
        }
        return selectionStroke;
    }

    /** Outline of highlighted tiles ({@code -hr-highlight-stroke}). */
    public final StyleableObjectProperty<Paint> highlightStrokeProperty() {
        if (highlightStroke == null) {
            highlightStroke = paint(StyleableProperties.HIGHLIGHT_STROKE, "highlightStroke");
        }
        return highlightStroke;
    }

    private StyleableObjectProperty<Paint> paint(CssMetaData<TreemapView<?>, Paint> css, String name) {
        return new SimpleStyleableObjectProperty<>(css, this, name, css.getInitialValue(this));
    }

    /**
     * The item whose tile is at {@code (x, y)} in the control's coordinates, from the rectangles last painted;
     * empty over no tile or before the skin has laid the control out.
     */
    public final java.util.Optional<T> itemAt(double x, double y) {
        return getSkin() instanceof TreemapSkin<?> skin ? skin.itemAt(x, y).map(this::cast) : java.util.Optional.empty();
    }

    @SuppressWarnings("unchecked") // the skin paints this control's items, which are Ts
    private T cast(Object item) {
        return (T) item;
    }

    /** The CSS properties of this class and its superclasses. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    private static final class StyleableProperties {
        static final CssMetaData<TreemapView<?>, Number> TILE_PADDING =
                size("-hr-tile-padding", 2.0, TreemapView::tilePaddingProperty);
        static final CssMetaData<TreemapView<?>, Number> HEADER_HEIGHT =
                size("-hr-header-height", 16.0, TreemapView::headerHeightProperty);
        static final CssMetaData<TreemapView<?>, Number> MIN_TILE_SIZE =
                size("-hr-min-tile-size", 6.0, TreemapView::minTileSizeProperty);
        static final CssMetaData<TreemapView<?>, Font> LABEL_FONT =
                new Meta<>("-hr-label-font", StyleConverter.getFontConverter(), Font.font(11), TreemapView::labelFontProperty);
        static final CssMetaData<TreemapView<?>, Paint> TILE_BORDER =
                paint("-hr-tile-border", Color.rgb(0, 0, 0, 0.35), TreemapView::tileBorderProperty);
        static final CssMetaData<TreemapView<?>, Paint> SELECTION_STROKE =
                paint("-hr-selection-stroke", Color.rgb(20, 110, 255), TreemapView::selectionStrokeProperty);
        static final CssMetaData<TreemapView<?>, Paint> HIGHLIGHT_STROKE =
                paint("-hr-highlight-stroke", Color.rgb(255, 200, 0), TreemapView::highlightStrokeProperty);
        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
            all.addAll(List.of(TILE_PADDING, HEADER_HEIGHT, MIN_TILE_SIZE, LABEL_FONT, TILE_BORDER, SELECTION_STROKE,
                    HIGHLIGHT_STROKE));
            ALL = Collections.unmodifiableList(all);
        }

        private static CssMetaData<TreemapView<?>, Number> size(String name, double initial,
                Function<TreemapView<?>, StyleableDoubleProperty> property) {
            return new Meta<>(name, StyleConverter.getSizeConverter(), initial, property);
        }

        private static CssMetaData<TreemapView<?>, Paint> paint(String name, Paint initial,
                Function<TreemapView<?>, StyleableObjectProperty<Paint>> property) {
            return new Meta<>(name, StyleConverter.getPaintConverter(), initial, property);
        }

        /** CSS metadata reading its property through a function, so each property needs one line above. */
        private static final class Meta<V> extends CssMetaData<TreemapView<?>, V> {
            private final Function<TreemapView<?>, ? extends StyleableProperty<? extends V>> property;

            Meta(String name, StyleConverter<?, V> converter, V initial,
                    Function<TreemapView<?>, ? extends StyleableProperty<? extends V>> property) {
                super(name, converter, initial);
                this.property = property;
            }

            @Override
            public boolean isSettable(TreemapView<?> view) {
                StyleableProperty<? extends V> p = property.apply(view);
                return !(p instanceof javafx.beans.property.Property<?> bound) || !bound.isBound();
            }

            @Override
            @SuppressWarnings("unchecked")
            public StyleableProperty<V> getStyleableProperty(TreemapView<?> view) {
                return (StyleableProperty<V>) property.apply(view);
            }
        }
    }
}
