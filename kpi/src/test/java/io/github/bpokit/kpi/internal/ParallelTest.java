package io.github.bpokit.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void runsEveryTaskOnceAndWaitsForAll() {
    for (int tasks : new int[] {1, 2, 3, 16}) {
      AtomicIntegerArray runs = new AtomicIntegerArray(tasks);
      Parallel.run(tasks, t -> {
        sleepALittle(t);
        runs.incrementAndGet(t);
      });
      for (int t = 0; t < tasks; t++) {
        assertThat(runs.get(t)).as("task %d of %d", t, tasks).isEqualTo(1);
      }
    }
  }

  @Test
  void throwsTheFirstFailureOnceAllEnded() {
    AtomicIntegerArray ended = new AtomicIntegerArray(4);
    assertThatThrownBy(() -> Parallel.run(4, t -> {
      if (t == 0) {
        throw new IllegalStateException("task 0 failed");
      }
      sleepALittle(t);
      ended.incrementAndGet(t);
    })).isInstanceOf(IllegalStateException.class).hasMessage("task 0 failed");
    for (int t = 1; t < 4; t++) {
      assertThat(ended.get(t)).isEqualTo(1);
    }
    assertThatThrownBy(() -> Parallel.run(3, t -> {
      if (t > 0) {
        throw new ArithmeticException("task " + t);
      }
    })).isInstanceOf(ArithmeticException.class).satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
  }

  @Test
  void needsAtLeastOneTask() {
    assertThatThrownBy(() -> Parallel.run(0, t -> {}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tasks must be at least 1: 0");
  }

  @Test
  void tasksAreBetweenOneAndTheProcessors() {
    int processors = Runtime.getRuntime().availableProcessors();
    assertThat(Parallel.tasks(0, 10)).isEqualTo(1);
    assertThat(Parallel.tasks(19, 10)).isEqualTo(1);
    assertThat(Parallel.tasks(20, 10)).isEqualTo(Math.min(2, processors));
    assertThat(Parallel.tasks(Long.MAX_VALUE, 1)).isEqualTo(processors);
  }

  private static void sleepALittle(int t) {
    try {
      Thread.sleep(t % 3);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
