package dev.sivi4j.testkit;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The daemon threads that complete the in-process async face's futures, shared by every fake: they
 * hold no fake's state, and being daemons they never keep a JVM alive.
 */
final class SharedExecutor {
  private static final ScheduledExecutorService EXECUTOR = create();

  private SharedExecutor() {}

  static ScheduledExecutorService get() {
    return EXECUTOR;
  }

  private static ScheduledExecutorService create() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        task -> {
          Thread thread = new Thread(task, "sivi4j-fake-async-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(Math.max(2, Runtime.getRuntime().availableProcessors()), factory);
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }
}
