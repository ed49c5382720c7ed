package org.allianceatlas.ui.filter;

import java.util.List;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

import org.allianceatlas.ui.shared.AtlasStyles;

/**
 * A row of small marks under the year slider, one at each year where something changed, each exactly under where
 * the thumb's centre sits at that year. Sits in the same parent as the slider, directly above or below it.
 *
 * <p>The slider's own tick marks are evenly spaced and cannot mark chosen years, hence this row. Its x for a year
 * follows the slider skin's value-to-position mapping: the thumb's centre travels from the left inset plus half the
 * thumb's width to the right inset minus half of it. It is recomputed whenever the slider is resized, moved, or its
 * range or thumb changes. FX thread only.
 */
final class YearMarks extends Region {

    /** Height of the row, px. */
    static final double HEIGHT = 6;
    private static final double MARK_WIDTH = 2;
    private static final double MARK_HEIGHT = 5;

    private final Slider slider;
    private List<Integer> years = List.of();

    YearMarks(Slider slider) {
        this.slider = slider;
        getStyleClass().add(AtlasStyles.YEAR_MARKS);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        setMouseTransparent(true);
        for (var p : List.of(slider.widthProperty(), slider.layoutXProperty(), slider.skinProperty(),
                slider.paddingProperty())) {
            p.addListener(o -> requestLayout());
        }
        slider.minProperty().addListener(o -> rebuild());
        slider.maxProperty().addListener(o -> rebuild());
    }

    /** Marks these years; those outside the slider's range are left out. */
    void setYears(List<Integer> changeYears) {
        years = List.copyOf(changeYears);
        rebuild();
    }

    private void rebuild() {
        var marks = visibleYears().stream().map(y -> {
            var r = new Rectangle(MARK_WIDTH, MARK_HEIGHT);
            r.getStyleClass().add(AtlasStyles.YEAR_MARK);
            r.setUserData(y);
            r.setManaged(false);
            return r;
        }).collect(Collectors.toList());
        getChildren().setAll(marks);
        requestLayout();
    }

    /** The years marked: those given that are within the slider's range. */
    List<Integer> visibleYears() {
        return years.stream().filter(y -> y >= slider.getMin() && y <= slider.getMax()).toList();
    }

    /** Where the thumb's centre is, in the slider's coordinates, when the slider shows {@code value}. */
    double sliderX(double value) {
        var thumb = slider.lookup(".thumb");
        double thumbWidth = thumb == null ? 0 : snapSizeX(thumb.prefWidth(-1));
        double left = slider.snappedLeftInset();
        double track = slider.getWidth() - left - slider.snappedRightInset() - thumbWidth;
        double range = slider.getMax() - slider.getMin();
        double fraction = range <= 0 ? 0 : (value - slider.getMin()) / range;
        return left + thumbWidth / 2 + track * fraction;
    }

    @Override
    protected void layoutChildren() {
        // Same parent as the slider: its x, less ours, turns slider coordinates into ours.
        double offset = slider.getLayoutX() - getLayoutX();
        for (Node n : getChildren()) {
            int year = (Integer) n.getUserData();
            n.relocate(Math.round(offset + sliderX(year) - MARK_WIDTH / 2), 0);
        }
    }
}
