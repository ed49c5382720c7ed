package org.allianceatlas.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options of {@code export} for the formats that show several pictures (gif, mp4, png-sequence, pptx), mixed
 * into the command so that they stay together: the years (animations and a deck of years), the timing (animations),
 * and the project whose saved views a deck shows. Values are checked while parsing (exit 2); how they combine is
 * checked by {@link PresentationExport}.
 */
final class PresentationOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    Integer from;
    Integer to;

    @Option(names = "--step", paramLabel = "N", defaultValue = "1",
            description = "Years between pictures of gif, mp4, png-sequence and a pptx of years (default 1).")
    int step;

    @Option(names = "--fps", paramLabel = "N", defaultValue = "8",
            description = "Frames a second of an animation (default 8: two years a second).")
    int fps;

    @Option(names = "--frames-per-year", paramLabel = "N", defaultValue = "4",
            description = "Frames each year lasts in an animation (default 4).")
    int framesPerYear;

    private Integer fadeFrames;

    @Option(names = "--project", paramLabel = "FILE",
            description = "pptx: a project file (.atlas) whose saved views become the slides, with its data.")
    Path project;

    @Option(names = "--view", paramLabel = "NAME",
            description = "pptx with --project: only this saved view (repeatable, in the order given).")
    List<String> views = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YEAR", description = "First year of an animation or a deck of years.")
    void setFrom(int value) {
        from = YearOption.check(spec, value);
    }

    @Option(names = "--to", paramLabel = "YEAR", description = "Last year of an animation or a deck of years.")
    void setTo(int value) {
        to = YearOption.check(spec, value);
    }

    @Option(names = "--fade-frames", paramLabel = "N",
            description = "Frames of each year that fade in from the previous one (default: half the frames a year).")
    void setFadeFrames(int value) {
        fadeFrames = value;
    }

    /** The fade frames asked for, or half the frames a year. */
    int fadeFrames() {
        return fadeFrames != null ? fadeFrames : framesPerYear / 2;
    }

    /** True when any option of this group was given (they make no sense for a single-view format). */
    boolean anyGiven() {
        var pr = spec.commandLine().getParseResult();
        for (var name : List.of("--from", "--to", "--step", "--fps", "--frames-per-year", "--fade-frames",
                "--project", "--view")) {
            if (pr.hasMatchedOption(name)) {
                return true;
            }
        }
        return false;
    }
}
