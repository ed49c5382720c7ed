package org.allianceatlas.ui.time;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.ui.filter.FilterViewModel;
import org.allianceatlas.ui.shared.AtlasStyles;

/**
 * The playback bar under the canvas: play/pause, speed, the year, and the {@link TimelineStrip}. Owns the clock: a
 * {@link Timeline} that calls {@link PlaybackViewModel#advance()} every {@link PlaybackViewModel#stepMillis()} while
 * playing.
 *
 * <p>Node ids for tests: {@code playButton}, {@code playSpeed}, {@code playYear}, {@code timelineStrip}.
 */
public final class PlaybackView {

    private final HBox root;
    private final TimelineStrip strip;
    private final PlaybackViewModel vm;
    private Timeline clock;

    public PlaybackView(PlaybackViewModel vm, FilterViewModel filters, VisualStyle style) {
        this.vm = vm;
        var play = new Button("▶ Play");
        play.setId("playButton");
        play.setMinWidth(84);
        play.getStyleClass().add(Styles.ACCENT);
        var playHint = new Tooltip();
        playHint.textProperty().bind(vm.startYearProperty().map(start -> "Play the years from the one shown to the"
                + " last; from the last year, play starts again at " + start));
        play.setTooltip(playHint);
        play.setOnAction(e -> vm.togglePlaying());
        play.textProperty().bind(vm.playingProperty().map(p -> p ? "❚❚ Pause" : "▶ Play"));

        var speed = new ChoiceBox<Double>();
        speed.setId("playSpeed");
        speed.getItems().setAll(PlaybackViewModel.SPEEDS);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : (s == Math.rint(s) ? Integer.toString(s.intValue()) : s.toString())
                        + " yr/s";
            }

            @Override
            public Double fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        speed.setValue(vm.speedProperty().get());
        speed.valueProperty().addListener((o, a, s) -> vm.speedProperty().set(s));
        speed.setTooltip(new Tooltip("Playback speed, years per second"));
        speed.setMinWidth(Region.USE_PREF_SIZE);

        var year = new Label();
        year.setId("playYear");
        year.getStyleClass().add(AtlasStyles.YEAR);
        year.textProperty().bind(filters.yearProperty().asString("%d"));
        // Never "2…": the year is what the bar is about; the timeline strip gives way instead.
        year.setMinWidth(Region.USE_PREF_SIZE);

        strip = new TimelineStrip(style, filters::setYear);
        strip.setId("timelineStrip");
        HBox.setHgrow(strip, Priority.ALWAYS);
        vm.timelineProperty().addListener((o, a, bars) -> strip.setBars(bars));
        strip.setBars(vm.timelineProperty().get());
        filters.yearProperty().addListener((o, a, y) -> strip.setCurrentYear(y.intValue()));
        strip.setCurrentYear(filters.year());

        root = new HBox(10, play, speed, year, strip);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 10, 6, 10));

        vm.playingProperty().addListener((o, was, now) -> restartClock());
        vm.speedProperty().addListener((o, was, now) -> restartClock());
    }

    public Node node() {
        return root;
    }

    public void setStyle(VisualStyle style) {
        strip.setStyle(style);
    }

    private void restartClock() {
        if (clock != null) {
            clock.stop();
            clock = null;
        }
        if (vm.playingProperty().get()) {
            clock = new Timeline(new KeyFrame(Duration.millis(vm.stepMillis()), e -> vm.advance()));
            clock.setCycleCount(Timeline.INDEFINITE);
            clock.play();
        }
    }
}
