package dev.sivi4j.micrometer;

import dev.sivi4j.spi.CallListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * sivi4j's calls in Micrometer. The listener this returns, given to {@link
 * dev.sivi4j.SiviConfig.Builder#addCallListener}, makes for each call an {@link
 * io.micrometer.observation.Observation} named {@value #OBSERVATION} (so that a Spring Boot application
 * with micrometer-tracing also gets a span), and records:
 *
 * <ul>
 *   <li>{@value #CALLS}, a timer of whole calls, retries and waits included, tagged {@code operation},
 *       {@code outcome}, {@code status} (the class of the last HTTP status: {@code 2xx} to {@code 5xx}, or
 *       {@code none}) and {@code exception} (the simple name of the sivi4j exception, or {@code none});
 *   <li>{@value #ATTEMPTS}, a timer of single attempts, tagged {@code operation}, {@code outcome}, {@code
 *       status} and {@code error} (the transport error kind, or {@code none});
 *   <li>{@value #RETRIES}, a counter of retries, tagged {@code operation} and {@code reason} (the status or
 *       transport error kind that caused them);
 *   <li>{@value #RATE_LIMIT_WAITS}, a counter of calls queued by the client-side rate limit, tagged {@code
 *       operation};
 *   <li>{@value #IN_FLIGHT}, a gauge of the calls in progress.
 * </ul>
 *
 * <p>Every tag has a small, fixed set of values: no user id, URL, key or token ever becomes a tag. Make one
 * listener per meter registry and give it to every client (a second listener on the same registry would
 * find the gauge already bound to the first).
 */
public final class SiviMicrometer {
  /** The observation made for each call. */
  public static final String OBSERVATION = "sivi.client.call";

  /** The timer of whole calls. */
  public static final String CALLS = "sivi.client.calls";

  /** The timer of attempts. */
  public static final String ATTEMPTS = "sivi.client.attempts";

  /** The counter of retries. */
  public static final String RETRIES = "sivi.client.retries";

  /** The counter of waits for the client-side rate limit. */
  public static final String RATE_LIMIT_WAITS = "sivi.client.rate.limit.waits";

  /** The gauge of calls in progress. */
  public static final String IN_FLIGHT = "sivi.client.calls.in.flight";

  private SiviMicrometer() {}

  /**
   * A call listener that observes calls in {@code observations} and records meters in {@code meters}.
   *
   * @param observations where each call's observation goes; {@link ObservationRegistry#NOOP} for none
   * @param meters where the timers, counters and gauge go
   * @return the listener
   */
  public static CallListener listener(ObservationRegistry observations, MeterRegistry meters) {
    return new MicrometerCallListener(
        Objects.requireNonNull(observations, "observations"), new SiviMeters(Objects.requireNonNull(meters, "meters")));
  }

  /**
   * A call listener that records meters only, with no observation.
   *
   * @param meters where the timers, counters and gauge go
   * @return the listener
   */
  public static CallListener listener(MeterRegistry meters) {
    return listener(ObservationRegistry.NOOP, meters);
  }
}
