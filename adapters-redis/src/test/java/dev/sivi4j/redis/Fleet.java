package dev.sivi4j.redis;

import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.testkit.RecordedRequest;
import dev.sivi4j.transport.httpclient.SiviHttpClient;
import dev.sivi4j.transport.vertx.SiviVertx;
import dev.sivi4j.transport.vertx.VertxSiviClient;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A fleet of independent clients on one key, as separate processes would be: each member has its own
 * connection pool (two on Apache HttpClient, blocking, one on Vert.x, async) and its own limiter, and
 * each keeps {@code callers} calls going until the window closes.
 */
final class Fleet {
  /** What the members' callers saw. */
  record Outcome(long succeeded, Map<String, Long> failures, Instant started, Instant finished) {
    long failed() {
      return failures.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private final AtomicLong succeeded = new AtomicLong();
  private final Map<String, Long> failures = new ConcurrentHashMap<>();

  /** Runs three members, each configured by {@code member} (0, 1, 2), for {@code window}. */
  static Outcome run(Function<Integer, SiviConfig> member, int callers, Duration window) throws InterruptedException {
    return new Fleet().go(member, callers, window);
  }

  private Outcome go(Function<Integer, SiviConfig> member, int callers, Duration window) throws InterruptedException {
    Vertx vertx = Vertx.vertx();
    List<SiviClient> blocking = List.of(SiviHttpClient.create(member.apply(0)), SiviHttpClient.create(member.apply(1)));
    VertxSiviClient async = SiviVertx.create(vertx, member.apply(2));
    CountDownLatch done = new CountDownLatch(3 * callers);
    Instant started = Instant.now();
    long end = System.nanoTime() + window.toNanos();
    List<Thread> threads = new ArrayList<>();
    try {
      for (int c = 0; c < callers; c++) {
        for (SiviClient client : blocking) {
          String user = "user-" + threads.size();
          Thread thread = new Thread(() -> {
            while (System.nanoTime() < end) {
              try {
                client.loginUser(LoginUserRequest.of(AbstractUserId.of(user)));
                succeeded.incrementAndGet();
              } catch (RuntimeException e) {
                failures.merge(e.getClass().getSimpleName(), 1L, Long::sum);
              }
            }
            done.countDown();
          });
          thread.start();
          threads.add(thread);
        }
        callAsync(async, "async-user-" + c, end, done);
      }
      if (!done.await(window.toSeconds() + 60, TimeUnit.SECONDS)) {
        throw new AssertionError("the fleet's calls did not finish");
      }
      return new Outcome(succeeded.get(), Map.copyOf(failures), started, Instant.now());
    } finally {
      for (Thread thread : threads) {
        thread.join(10_000);
      }
      blocking.forEach(SiviClient::close);
      async.close();
      vertx.close().await();
    }
  }

  private void callAsync(VertxSiviClient client, String user, long end, CountDownLatch done) {
    if (System.nanoTime() >= end) {
      done.countDown();
      return;
    }
    client.loginUser(LoginUserRequest.of(AbstractUserId.of(user))).onComplete(result -> {
      if (result.succeeded()) {
        succeeded.incrementAndGet();
      } else {
        failures.merge(result.cause().getClass().getSimpleName(), 1L, Long::sum);
      }
      callAsync(client, user, end, done);
    });
  }

  /** The requests the fake answered 429 rate limited. */
  static long rateLimited(List<RecordedRequest> requests) {
    return requests.stream().filter(r -> r.status() == 429).count();
  }
}
