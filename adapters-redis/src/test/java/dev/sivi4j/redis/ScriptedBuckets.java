package dev.sivi4j.redis;

import dev.sivi4j.spi.RateLimitDecision;
import dev.sivi4j.spi.RateLimitRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Shared buckets that answer as told, or fail as Redis would when it is away; they count what they are asked. */
final class ScriptedBuckets implements SharedBuckets {
  volatile boolean down;
  volatile RateLimitDecision answer = RateLimitDecision.now();
  final List<String> asked = new ArrayList<>();
  final List<Optional<Duration>> drained = new ArrayList<>();
  boolean closed;

  @Override
  public synchronized RateLimitDecision reserve(RateLimitRequest request, Limits limits) {
    asked.add("reserve " + limits);
    if (down) {
      throw new IllegalStateException("Connection refused: 127.0.0.1:6379");
    }
    return answer;
  }

  @Override
  public synchronized CompletionStage<RateLimitDecision> reserveAsync(RateLimitRequest request, Limits limits) {
    asked.add("reserveAsync " + limits);
    return down
        ? CompletableFuture.failedFuture(new io.github.bucket4j.TimeoutException("no answer within 200 ms", 1, 1))
        : CompletableFuture.completedFuture(answer);
  }

  @Override
  public synchronized CompletionStage<Void> drain(RateLimitRequest request, Limits limits, Optional<Duration> pause) {
    asked.add("drain " + limits);
    drained.add(pause);
    return down ? CompletableFuture.failedFuture(new IllegalStateException("down")) : CompletableFuture.completedFuture(null);
  }

  @Override
  public void close() {
    closed = true;
  }

  synchronized int askedCount() {
    return asked.size();
  }
}
