package org.allianceatlas.ui.time;

import java.util.List;
import java.util.function.IntConsumer;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.VisualStyle;

/**
 * A small bar chart under the year controls: one bar per year, its height the number of ties shown that year, a tick
 * above each year where something changed, the current year in the accent colour. Clicking a bar chooses its year.
 *
 * <p>Drawn on one {@link Canvas} (a bar per year of the data: about 100 for the shipped data, over 200 for ATOP's
 * 1815–2018; cheaper than as many nodes and redrawn only on change). FX thread only.
 */
final class TimelineStrip extends Region {

    /** Height of the strip in px, bars and ticks included. */
    static final double HEIGHT = 44;
    private static final double TICK = 5;
    private static final double AXIS_LABELS = 11;
    /** Width of a four-digit year at the axis font size, px. */
    private static final double LABEL_WIDTH = 24;

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private List<YearCount> bars = List.of();
    private int current;
    private VisualStyle style;

    TimelineStrip(VisualStyle style, IntConsumer onYearChosen) {
        this.style = style;
        getChildren().add(canvas);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        Tooltip.install(this, tooltip);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            var bar = barAt(e.getX());
            tooltip.setText(bar == null ? "" : bar.year() + ": " + bar.ties() + (bar.ties() == 1 ? " tie" : " ties")
                    + (bar.changed() ? " (changed)" : ""));
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            var bar = barAt(e.getX());
            if (bar != null) {
                onYearChosen.accept(bar.year());
            }
        });
    }

    void setBars(List<YearCount> newBars) {
        bars = List.copyOf(newBars);
        draw();
    }

    void setCurrentYear(int year) {
        current = year;
        draw();
    }

    void setStyle(VisualStyle newStyle) {
        style = newStyle;
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private YearCount barAt(double x) {
        if (bars.isEmpty() || getWidth() <= 0) {
            return null;
        }
        int i = (int) (x / (getWidth() / bars.size()));
        return i >= 0 && i < bars.size() ? bars.get(i) : null;
    }

    private void draw() {
        var g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (bars.isEmpty() || w <= 0) {
            return;
        }
        int max = bars.stream().mapToInt(YearCount::ties).max().orElse(1);
        double slot = w / bars.size();
        double chart = h - TICK - AXIS_LABELS - 2;
        var muted = fx(style.mutedForeground().withAlpha(0.6));
        var accent = fx(style.added());
        var tick = fx(style.ended());
        for (int i = 0; i < bars.size(); i++) {
            var b = bars.get(i);
            double bh = max == 0 ? 0 : Math.max(1, chart * b.ties() / max);
            g.setFill(b.year() == current ? accent : muted);
            g.fillRect(i * slot + slot * 0.12, TICK + 1 + chart - bh, Math.max(1, slot * 0.76), bh);
            if (b.changed()) {
                g.setFill(tick);
                g.fillRect(i * slot + slot / 2 - 1, 0, 2, TICK);
            }
        }
        g.setFill(fx(style.mutedForeground()));
        g.setFont(Font.font(10));
        // Decades, plus the first and last year; a decade label too close to the last one is left out.
        double lastX = w - LABEL_WIDTH;
        double nextFree = 0;
        for (int i = 0; i < bars.size(); i++) {
            int y = bars.get(i).year();
            double x = Math.min(lastX, i * slot);
            boolean last = i == bars.size() - 1;
            if ((y % 10 == 0 || i == 0) && x >= nextFree && x + LABEL_WIDTH + 4 <= lastX || last) {
                g.fillText(Integer.toString(y), x, h - 1);
                nextFree = x + LABEL_WIDTH + 4;
            }
        }
    }

    private static Color fx(Rgb rgb) {
        return Color.rgb(rgb.r(), rgb.g(), rgb.b(), rgb.alpha());
    }
}
