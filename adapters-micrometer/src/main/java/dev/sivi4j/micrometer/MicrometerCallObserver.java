package dev.sivi4j.micrometer;

import dev.sivi4j.spi.AttemptEnded;
import dev.sivi4j.spi.CallEnded;
import dev.sivi4j.spi.CallObserver;
import dev.sivi4j.spi.RateLimitWait;
import dev.sivi4j.spi.RetryScheduled;
import io.micrometer.observation.Observation;

/** One call: its observation, and the meters it records into as it goes. */
final class MicrometerCallObserver implements CallObserver {
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
    meters.callEnded(event);
    observation
        .lowCardinalityKeyValue(TagValues.OUTCOME, TagValues.outcome(event.outcome()))
        .lowCardinalityKeyValue(TagValues.STATUS, TagValues.statusClass(event.httpStatus()))
        .lowCardinalityKeyValue(TagValues.EXCEPTION, TagValues.exception(event.exceptionType()))
        .highCardinalityKeyValue("sivi.attempts", Integer.toString(event.attempts()));
    observation.stop();
  }
}
