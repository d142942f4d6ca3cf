package dev.sivi4j.micrometer;

import dev.sivi4j.domain.Operation;
import dev.sivi4j.spi.CallListener;
import dev.sivi4j.spi.CallObserver;
import dev.sivi4j.spi.CallStarted;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Starts an observation per call and hands each call to its {@link MicrometerCallObserver}. */
final class MicrometerCallListener implements CallListener {
  /** Enough for every operation of many clients; past it, routes are made per call rather than kept. */
  private static final int MAX_ROUTES = 256;

  private final ObservationRegistry observations;
  private final Map<URI, Route> routes = new ConcurrentHashMap<>();
  private final SiviMeters meters;

  MicrometerCallListener(ObservationRegistry observations, SiviMeters meters) {
    this.observations = observations;
    this.meters = meters;
  }

  @Override
  public CallObserver callStarted(CallStarted event) {
    Route route = route(event.operation(), event.uri());
    Observation observation =
        Observation.createNotStarted(SiviMicrometer.OBSERVATION, observations)
            .contextualName(route.contextualName())
            .lowCardinalityKeyValues(route.keyValues())
            .start();
    meters.callStarted();
    return new MicrometerCallObserver(observation, meters);
  }

  /** The kept route of an operation's URL; a client has one URL per operation, so the map stays small. */
  private Route route(Operation operation, URI uri) {
    Route kept = routes.get(uri);
    if (kept != null && kept.operation() == operation) {
      return kept;
    }
    Route route = Route.of(operation, uri);
    if (kept == null && routes.size() < MAX_ROUTES) {
      routes.putIfAbsent(uri, route);
    }
    return route;
  }

  /** What an operation's observations start with, made once per URL instead of once per call. */
  private record Route(Operation operation, String contextualName, KeyValues keyValues) {
    static Route of(Operation operation, URI uri) {
      String method = operation.methodName();
      return new Route(operation, "sivi " + method, KeyValues.of(
          TagValues.OPERATION, method,
          "http.request.method", "POST",
          "server.address", String.valueOf(uri.getHost())));
    }
  }

  @Override
  public String toString() {
    return "SiviMicrometer.listener[" + meters + "]";
  }
}
