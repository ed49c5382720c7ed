package org.allianceatlas.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LatestOnlyTest {

    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final LatestOnly latest = new LatestOnly(runner);
    private final List<String> delivered = new ArrayList<>();
    private final List<String> worked = new ArrayList<>();

    private void ask(String answer) {
        latest.run("asking", progress -> {
            worked.add(answer);
            return answer;
        }, delivered::add, e -> delivered.add("failed: " + e.getMessage()));
    }

    @Test
    void aLateAnswerToAnOlderRequestIsDropped() {
        ask("old");
        ask("new");
        runner.runTask(1);
        runner.runTask(0);
        assertEquals(List.of("new"), delivered);
    }

    @Test
    void staleWorkIsSkippedBeforeItStarts() {
        ask("first");
        ask("second");
        ask("third");
        runner.runAll();
        assertEquals(List.of("third"), worked);
        assertEquals(List.of("third"), delivered);
    }

    @Test
    void aStaleFailureIsDroppedAndTheLatestOneReported() {
        latest.<String>run("failing", progress -> {
            throw new IllegalStateException("old");
        }, delivered::add, e -> delivered.add("failed: " + e.getMessage()));
        latest.<String>run("failing", progress -> {
            throw new IllegalStateException("new");
        }, delivered::add, e -> delivered.add("failed: " + e.getMessage()));
        runner.runTask(1);
        runner.runTask(0);
        assertEquals(List.of("failed: new"), delivered);
    }

    @Test
    void supersedingWithdrawsTheRequestsMadeSoFar() {
        ask("withdrawn");
        latest.supersede();
        runner.runAll();
        assertEquals(List.of(), delivered);
        ask("asked again");
        runner.runAll();
        assertEquals(List.of("asked again"), delivered);
    }
}
