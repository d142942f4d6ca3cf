package dev.sivi4j.internal.fakes;

import dev.sivi4j.spi.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A scheduler on a {@link FakeTime}: by default it runs each task at once, after recording its delay and
 * letting that time pass; after {@link #hold()} it keeps tasks until the test runs them.
 */
public final class FakeScheduler implements Scheduler {
  private final FakeTime time;
  private final List<Task> held = new ArrayList<>();
  private boolean holding;

  /**
   * Creates a scheduler on the given clock.
   *
   * @param time the clock
   */
  public FakeScheduler(FakeTime time) {
    this.time = time;
  }

  /** Keeps later tasks instead of running them. */
  public synchronized void hold() {
    holding = true;
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    Task scheduled = new Task(delay, task);
    synchronized (this) {
      if (holding) {
        held.add(scheduled);
        return scheduled::cancel;
      }
    }
    time.waited(delay);
    task.run();
    return scheduled::cancel;
  }

  /**
   * The tasks kept since {@link #hold()}, cancelled ones included.
   *
   * @return the tasks
   */
  public synchronized List<Task> held() {
    return List.copyOf(held);
  }

  /** A scheduled task. */
  public static final class Task {
    private final Duration delay;
    private final Runnable task;
    private volatile boolean cancelled;

    Task(Duration delay, Runnable task) {
      this.delay = delay;
      this.task = task;
    }

    /**
     * The delay it was scheduled with.
     *
     * @return the delay
     */
    public Duration delay() {
      return delay;
    }

    /**
     * Whether the pipeline cancelled it.
     *
     * @return true if cancelled
     */
    public boolean cancelled() {
      return cancelled;
    }

    void cancel() {
      cancelled = true;
    }

    /** Runs it now, as the timer firing would. */
    public void fire() {
      task.run();
    }
  }
}
