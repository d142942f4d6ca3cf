package dev.sivi4j.opentelemetry;

import dev.sivi4j.spi.CallListener;
import io.opentelemetry.api.OpenTelemetry;
import java.util.Objects;

/**
 * sivi4j's calls in OpenTelemetry, through the user's own {@link OpenTelemetry} instance (never the
 * global one unless that is what is passed). The listener this returns, given to {@link
 * dev.sivi4j.SiviConfig.Builder#addCallListener}, makes:
 *
 * <ul>
 *   <li>a {@code CLIENT} span per call, named {@code sivi <operation>} (such as {@code sivi loginUser}),
 *       child of the context current when the call starts, with {@code sivi.operation}, {@code
 *       http.request.method}, {@code server.address}, {@code server.port}, {@code url.template}, the
 *       retry count ({@code sivi.retry_count}), {@code error.type} (the sivi4j exception's class) and an
 *       error status when the call fails, and events for retries and rate-limit waits;
 *   <li>a child {@code CLIENT} span per attempt following the HTTP client semantic conventions, named
 *       {@code POST <url.template>}, with {@code http.request.method}, {@code server.address}, {@code
 *       server.port}, {@code url.full}, {@code url.template}, {@code http.response.status_code}, {@code
 *       http.request.resend_count} from the second attempt on, and {@code error.type} (the status code, or
 *       the transport error kind such as {@code CONNECTION_RESET});
 *   <li>the W3C {@code traceparent} (and whatever else the instance's propagators carry) on each attempt,
 *       naming that attempt's span as the parent of what the service does;
 *   <li>the {@code http.client.request.duration} histogram, in seconds, one record per attempt.
 * </ul>
 *
 * <p>The paths sivi4j calls carry no user data (the user id travels in the body), so {@code url.full}
 * and {@code url.template} hold none; no attribute ever holds the API key, a token or a user id.
 */
public final class SiviOpenTelemetry {
  /** The instrumentation scope name of sivi4j's spans and metrics. */
  public static final String INSTRUMENTATION_SCOPE = "dev.sivi4j";

  private SiviOpenTelemetry() {}

  /**
   * A call listener that traces calls and records metrics with {@code openTelemetry}.
   *
   * @param openTelemetry the application's instance: its tracer provider, meter provider and propagators
   * @return the listener
   */
  public static CallListener listener(OpenTelemetry openTelemetry) {
    return new OpenTelemetryCallListener(Objects.requireNonNull(openTelemetry, "openTelemetry"));
  }
}
