package io.github.bpokit.kpi.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs a few tasks at once: the first on the calling thread, the others on the {@linkplain ForkJoinPool#commonPool()
 * common fork-join pool} (the pool the caller runs in, when it runs in one), as {@link java.util.Arrays#parallelSort}
 * does. Not API.
 *
 * <pre>{@code
 * int[] bounds = ...; // the tasks' ranges
 * Parallel.run(bounds.length - 1, t -> sortRange(bounds[t], bounds[t + 1]));
 * }</pre>
 */
public final class Parallel {
  private Parallel() {}

  /**
   * Returns how many tasks to split {@code units} of work into so that each has at least {@code minUnits}: at least
   * 1, at most the number of processors.
   *
   * @param units the work, {@code >= 0}
   * @param minUnits the least work worth a task of its own, {@code >= 1}
   */
  public static int tasks(long units, long minUnits) {
    return (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), units / minUnits));
  }

  /**
   * Runs {@code task.accept(t)} for each {@code t} in {@code [0, tasks)} and returns once all have ended; the first
   * failure is thrown then, with the others suppressed.
   *
   * @param tasks the number of tasks, {@code >= 1}
   * @param task the work of task {@code t}
   */
  public static void run(int tasks, IntConsumer task) {
    if (tasks < 1) {
      throw new IllegalArgumentException("tasks must be at least 1: " + tasks);
    }
    if (tasks == 1) {
      task.accept(0);
      return;
    }
    ForkJoinTask<?>[] forked = new ForkJoinTask<?>[tasks - 1];
    for (int t = 1; t < tasks; t++) {
      int index = t;
      forked[t - 1] = ForkJoinTask.adapt(() -> task.accept(index)).fork();
    }
    @Nullable Throwable failure = null;
    try {
      task.accept(0);
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    for (ForkJoinTask<?> f : forked) {
      try {
        f.join(); // waits for the others even after a failure: they work on the caller's arrays
      } catch (RuntimeException | Error e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
  }
}
