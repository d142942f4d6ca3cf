package dev.sivi4j.micrometer;

import dev.sivi4j.spi.CallListener;
import dev.sivi4j.spi.CallObserver;
import dev.sivi4j.spi.CallStarted;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/** Starts an observation per call and hands each call to its {@link MicrometerCallObserver}. */
final class MicrometerCallListener implements CallListener {
  private final ObservationRegistry observations;
  private final SiviMeters meters;

  MicrometerCallListener(ObservationRegistry observations, SiviMeters meters) {
    this.observations = observations;
    this.meters = meters;
  }

  @Override
  public CallObserver callStarted(CallStarted event) {
    String operation = event.operation().methodName();
    Observation observation =
        Observation.createNotStarted(SiviMicrometer.OBSERVATION, observations)
            .contextualName("sivi " + operation)
            .lowCardinalityKeyValue(TagValues.OPERATION, operation)
            .lowCardinalityKeyValue("http.request.method", "POST")
            .lowCardinalityKeyValue("server.address", String.valueOf(event.uri().getHost()))
            .start();
    meters.callStarted();
    return new MicrometerCallObserver(observation, meters);
  }

  @Override
  public String toString() {
    return "SiviMicrometer.listener[" + meters + "]";
  }
}
