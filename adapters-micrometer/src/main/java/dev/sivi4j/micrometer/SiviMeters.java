package dev.sivi4j.micrometer;

import dev.sivi4j.spi.AttemptEnded;
import dev.sivi4j.spi.CallEnded;
import dev.sivi4j.spi.RateLimitWait;
import dev.sivi4j.spi.RetryScheduled;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The meters of one registry, each looked up once per tag combination and then kept: the combinations
 * are few (operations times outcomes times status classes), so a call costs a map lookup per meter.
 */
final class SiviMeters {
  private final MeterRegistry registry;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Map<CallKey, CallMeter> calls = new ConcurrentHashMap<>();
  private final Map<AttemptKey, Timer> attempts = new ConcurrentHashMap<>();
  private final Map<RetryKey, Counter> retries = new ConcurrentHashMap<>();
  private final Map<String, Counter> waits = new ConcurrentHashMap<>();

  SiviMeters(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder(SiviMicrometer.IN_FLIGHT, inFlight, AtomicInteger::get)
        .description("sivi4j calls in progress")
        .strongReference(true)
        .register(registry);
  }

  void callStarted() {
    inFlight.incrementAndGet();
  }

  /**
   * Records a call's end.
   *
   * @return the key values the call's observation ends with: kept with the timer, so a call builds none
   */
  KeyValues callEnded(CallEnded event) {
    inFlight.decrementAndGet();
    CallKey key =
        new CallKey(event.operation().methodName(), TagValues.outcome(event.outcome()),
            TagValues.statusClass(event.httpStatus()), TagValues.exception(event.exceptionType()));
    CallMeter meter = calls.computeIfAbsent(key, this::callMeter);
    meter.timer().record(event.duration());
    return meter.endKeyValues();
  }

  private CallMeter callMeter(CallKey key) {
    Timer timer = Timer.builder(SiviMicrometer.CALLS)
        .description("sivi4j calls, retries and waits included")
        .tag(TagValues.OPERATION, key.operation())
        .tag(TagValues.OUTCOME, key.outcome())
        .tag(TagValues.STATUS, key.status())
        .tag(TagValues.EXCEPTION, key.exception())
        .register(registry);
    KeyValues end = KeyValues.of(
        TagValues.OUTCOME, key.outcome(), TagValues.STATUS, key.status(), TagValues.EXCEPTION, key.exception());
    return new CallMeter(timer, end);
  }

  void attempt(AttemptEnded event) {
    AttemptKey key =
        new AttemptKey(event.operation().methodName(), TagValues.attemptOutcome(event),
            TagValues.statusClass(event.httpStatus()), TagValues.error(event.transportError()));
    attempts.computeIfAbsent(key, k -> Timer.builder(SiviMicrometer.ATTEMPTS)
            .description("sivi4j attempts: one HTTP request each")
            .tag(TagValues.OPERATION, k.operation())
            .tag(TagValues.OUTCOME, k.outcome())
            .tag(TagValues.STATUS, k.status())
            .tag(TagValues.ERROR, k.error())
            .register(registry))
        .record(event.duration());
  }

  void retry(RetryScheduled event) {
    RetryKey key = new RetryKey(event.operation().methodName(), event.reason());
    retries.computeIfAbsent(key, k -> Counter.builder(SiviMicrometer.RETRIES)
            .description("sivi4j attempts retried")
            .tag(TagValues.OPERATION, k.operation())
            .tag(TagValues.REASON, k.reason())
            .register(registry))
        .increment();
  }

  void rateLimitWait(RateLimitWait event) {
    waits.computeIfAbsent(event.operation().methodName(), operation -> Counter.builder(SiviMicrometer.RATE_LIMIT_WAITS)
            .description("sivi4j calls queued by the client-side rate limit")
            .tag(TagValues.OPERATION, operation)
            .register(registry))
        .increment();
  }

  @Override
  public String toString() {
    return "SiviMeters[" + registry.getClass().getSimpleName() + ", in flight " + inFlight.get() + "]";
  }

  private record CallMeter(Timer timer, KeyValues endKeyValues) {}

  private record CallKey(String operation, String outcome, String status, String exception) {}

  private record AttemptKey(String operation, String outcome, String status, String error) {}

  private record RetryKey(String operation, String reason) {}
}
