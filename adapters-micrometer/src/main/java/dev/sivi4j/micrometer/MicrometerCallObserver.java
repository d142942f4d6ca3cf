package dev.sivi4j.micrometer;

import dev.sivi4j.spi.AttemptEnded;
import dev.sivi4j.spi.CallEnded;
import dev.sivi4j.spi.CallObserver;
import dev.sivi4j.spi.RateLimitWait;
import dev.sivi4j.spi.RetryScheduled;
import io.micrometer.observation.Observation;
import java.util.stream.IntStream;

/** One call: its observation, and the meters it records into as it goes. */
final class MicrometerCallObserver implements CallObserver {
  /** {@code sivi.attempts}'s usual values, made once. */
  private static final String[] ATTEMPTS = IntStream.range(0, 16).mapToObj(Integer::toString).toArray(String[]::new);

  private final Observation observation;
  private final SiviMeters meters;

  MicrometerCallObserver(Observation observation, SiviMeters meters) {
    this.observation = observation;
    this.meters = meters;
  }

  @Override
  public void attemptEnded(AttemptEnded event) {
    meters.attempt(event);
  }

  @Override
  public void retryScheduled(RetryScheduled event) {
    meters.retry(event);
    observation.event(Observation.Event.of("sivi.retry", "retry after attempt " + event.failedAttempt()));
  }

  @Override
  public void rateLimitWait(RateLimitWait event) {
    meters.rateLimitWait(event);
    observation.event(Observation.Event.of("sivi.rate.limit.wait"));
  }

  @Override
  public void callEnded(CallEnded event) {
    observation
        .lowCardinalityKeyValues(meters.callEnded(event))
        .highCardinalityKeyValue("sivi.attempts", attempts(event.attempts()));
    observation.stop();
  }

  private static String attempts(int attempts) {
    return attempts >= 0 && attempts < ATTEMPTS.length ? ATTEMPTS[attempts] : Integer.toString(attempts);
  }
}
