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

    private final ObjectProperty<T> root = new SimpleObjectProperty<>(this, "root");
    private final ObjectProperty<Function<? super T, ? extends List<? extends T>>> childrenFunction =
            new SimpleObjectProperty<>(this, "childrenFunction", item -> List.of());
    private final ObjectProperty<ToDoubleFunction<? super T>> weightFunction =
            new SimpleObjectProperty<>(this, "weightFunction", item -> 1);
    private final ObjectProperty<Function<? super T, String>> labelFunction =
            new SimpleObjectProperty<>(this, "labelFunction", String::valueOf);
    private final ObjectProperty<Function<? super T, String>> sizeLabelFunction =
            new SimpleObjectProperty<>(this, "sizeLabelFunction");
    private final ObjectProperty<Function<? super T, ? extends Paint>> fillFunction =
            new SimpleObjectProperty<>(this, "fillFunction", item -> Color.LIGHTSTEELBLUE);
    private final ObjectProperty<Function<? super T, String>> tooltipFunction =
            new SimpleObjectProperty<>(this, "tooltipFunction", String::valueOf);
    private final ObjectProperty<T> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    private final ObjectProperty<Predicate<? super T>> highlight = new SimpleObjectProperty<>(this, "highlight");
    private final ObjectProperty<Consumer<? super T>> onZoomIn = new SimpleObjectProperty<>(this, "onZoomIn");
    private final ObjectProperty<Runnable> onZoomOut = new SimpleObjectProperty<>(this, "onZoomOut");

    private final StyleableDoubleProperty tilePadding = new SimpleStyleableDoubleProperty(StyleableProperties.TILE_PADDING, this, "tilePadding", 2.0);
    private final StyleableDoubleProperty headerHeight = new SimpleStyleableDoubleProperty(StyleableProperties.HEADER_HEIGHT, this, "headerHeight", 16.0);
    private final StyleableDoubleProperty minTileSize = new SimpleStyleableDoubleProperty(StyleableProperties.MIN_TILE_SIZE, this, "minTileSize", 6.0);
    private final StyleableObjectProperty<Font> labelFont = new SimpleStyleableObjectProperty<>(StyleableProperties.LABEL_FONT, this, "labelFont", Font.font(11));
    private final StyleableObjectProperty<Paint> tileBorder = new SimpleStyleableObjectProperty<>(StyleableProperties.TILE_BORDER, this, "tileBorder", Color.rgb(0, 0, 0, 0.35));
    private final StyleableObjectProperty<Paint> selectionStroke = new SimpleStyleableObjectProperty<>(StyleableProperties.SELECTION_STROKE, this, "selectionStroke", Color.rgb(20, 110, 255));
    private final StyleableObjectProperty<Paint> highlightStroke = new SimpleStyleableObjectProperty<>(StyleableProperties.HIGHLIGHT_STROKE, this, "highlightStroke", Color.rgb(255, 200, 0));

    public TreemapView() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TreemapSkin<>(this);
    }

    /** The item filling the whole control; its subtree is what is drawn. */
    public final ObjectProperty<T> rootProperty() {
        return root;
    }

    public final T getRoot() {
        return root.get();
    }

    public final void setRoot(T value) {
        root.set(value);
    }

    /** An item's children in drawing order (heaviest first squarifies best); empty or {@code null} for a leaf. */
    public final ObjectProperty<Function<? super T, ? extends List<? extends T>>> childrenFunctionProperty() {
        return childrenFunction;
    }

    public final void setChildrenFunction(Function<? super T, ? extends List<? extends T>> value) {
        childrenFunction.set(value);
    }

    /** An item's weight including its children's, finite and non-negative; the rest over the children is its own. */
    public final ObjectProperty<ToDoubleFunction<? super T>> weightFunctionProperty() {
        return weightFunction;
    }

    public final void setWeightFunction(ToDoubleFunction<? super T> value) {
        weightFunction.set(value);
    }

    /** The text drawn on an item's tile where it fits. */
    public final ObjectProperty<Function<? super T, String>> labelFunctionProperty() {
        return labelFunction;
    }

    public final void setLabelFunction(Function<? super T, String> value) {
        labelFunction.set(value);
    }

    /** An item's tile colour. */
    /**
     * A tile's size as text ("1.2 MB"), drawn under a leaf's label and after a group's where it fits whole;
     * {@code null} (the default) draws no sizes.
     */
    public final ObjectProperty<Function<? super T, String>> sizeLabelFunctionProperty() {
        return sizeLabelFunction;
    }

    public final void setSizeLabelFunction(Function<? super T, String> value) {
        sizeLabelFunction.set(value);
    }

    public final ObjectProperty<Function<? super T, ? extends Paint>> fillFunctionProperty() {
        return fillFunction;
    }

    public final void setFillFunction(Function<? super T, ? extends Paint> value) {
        fillFunction.set(value);
    }

    /** The tooltip text of an item's tile. */
    public final ObjectProperty<Function<? super T, String>> tooltipFunctionProperty() {
        return tooltipFunction;
    }

    public final void setTooltipFunction(Function<? super T, String> value) {
        tooltipFunction.set(value);
    }

    /** The selected item, outlined; set by clicking a tile. */
    public final ObjectProperty<T> selectedItemProperty() {
        return selectedItem;
    }

    public final T getSelectedItem() {
        return selectedItem.get();
    }

    public final void setSelectedItem(T value) {
        selectedItem.set(value);
    }

    /** Items to highlight (search hits); {@code null} highlights nothing. */
    public final ObjectProperty<Predicate<? super T>> highlightProperty() {
        return highlight;
    }

    public final void setHighlight(Predicate<? super T> value) {
        highlight.set(value);
    }

    /** Called with the item to zoom into on double-click or Enter. */
    public final ObjectProperty<Consumer<? super T>> onZoomInProperty() {
        return onZoomIn;
    }

    public final void setOnZoomIn(Consumer<? super T> value) {
        onZoomIn.set(value);
    }

    /** Called on Backspace or Escape. */
    public final ObjectProperty<Runnable> onZoomOutProperty() {
        return onZoomOut;
    }

    public final void setOnZoomOut(Runnable value) {
        onZoomOut.set(value);
    }

    /** Gap between a parent's edge and its children ({@code -hr-tile-padding}). */
    public final StyleableDoubleProperty tilePaddingProperty() {
        return tilePadding;
    }

    /** Height of the label strip atop a parent ({@code -hr-header-height}). */
    public final StyleableDoubleProperty headerHeightProperty() {
        return headerHeight;
    }

    /** Smallest content size in which children are still drawn ({@code -hr-min-tile-size}). */
    public final StyleableDoubleProperty minTileSizeProperty() {
        return minTileSize;
    }

    /** Font of the tile labels ({@code -hr-label-font}). */
    public final StyleableObjectProperty<Font> labelFontProperty() {
        return labelFont;
    }

    /** Tile outline colour ({@code -hr-tile-border}). */
    public final StyleableObjectProperty<Paint> tileBorderProperty() {
        return tileBorder;
    }

    /** Outline of the selected tile ({@code -hr-selection-stroke}). */
    public final StyleableObjectProperty<Paint> selectionStrokeProperty() {
        return selectionStroke;
    }

    /** Outline of highlighted tiles ({@code -hr-highlight-stroke}). */
    public final StyleableObjectProperty<Paint> highlightStrokeProperty() {
        return highlightStroke;
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
                size("-hr-tile-padding", 2.0, v -> v.tilePadding);
        static final CssMetaData<TreemapView<?>, Number> HEADER_HEIGHT =
                size("-hr-header-height", 16.0, v -> v.headerHeight);
        static final CssMetaData<TreemapView<?>, Number> MIN_TILE_SIZE =
                size("-hr-min-tile-size", 6.0, v -> v.minTileSize);
        static final CssMetaData<TreemapView<?>, Font> LABEL_FONT =
                new Meta<>("-hr-label-font", StyleConverter.getFontConverter(), Font.font(11), v -> v.labelFont);
        static final CssMetaData<TreemapView<?>, Paint> TILE_BORDER =
                paint("-hr-tile-border", Color.rgb(0, 0, 0, 0.35), v -> v.tileBorder);
        static final CssMetaData<TreemapView<?>, Paint> SELECTION_STROKE =
                paint("-hr-selection-stroke", Color.rgb(20, 110, 255), v -> v.selectionStroke);
        static final CssMetaData<TreemapView<?>, Paint> HIGHLIGHT_STROKE =
                paint("-hr-highlight-stroke", Color.rgb(255, 200, 0), v -> v.highlightStroke);
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
