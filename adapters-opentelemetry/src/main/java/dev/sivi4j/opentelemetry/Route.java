package dev.sivi4j.opentelemetry;

import static dev.sivi4j.opentelemetry.SemanticAttributes.ERROR_TYPE;
import static dev.sivi4j.opentelemetry.SemanticAttributes.HTTP_REQUEST_METHOD;
import static dev.sivi4j.opentelemetry.SemanticAttributes.HTTP_RESPONSE_STATUS_CODE;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SERVER_ADDRESS;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SERVER_PORT;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SIVI_OPERATION;
import static dev.sivi4j.opentelemetry.SemanticAttributes.URL_FULL;
import static dev.sivi4j.opentelemetry.SemanticAttributes.URL_TEMPLATE;

import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.TransportErrorKind;
import io.opentelemetry.api.common.Attributes;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Everything one operation's spans and measurements carry that does not change from call to call: span
 * names and attribute sets, built once per client URL instead of once per call. The histogram's attribute
 * sets depend only on the status (or the transport error), so they are kept too, and the SDK finds a kept
 * set's storage without hashing a new one.
 */
final class Route {
  private static final int STATUSES = 600;
  private static final TransportErrorKind[] ERRORS = TransportErrorKind.values();

  final Operation operation;
  final URI uri;
  final String callSpanName;
  final String attemptSpanName;
  final Attributes callAttributes;
  final Attributes attemptAttributes;
  private final Attributes metricBase;
  private final AtomicReferenceArray<Attributes> byStatus = new AtomicReferenceArray<>(STATUSES);
  private final AtomicReferenceArray<Attributes> byError = new AtomicReferenceArray<>(ERRORS.length);

  Route(Operation operation, URI uri) {
    this.operation = operation;
    this.uri = uri;
    String template = path(uri);
    String method = operation.methodName();
    this.callSpanName = "sivi " + method;
    this.attemptSpanName = "POST " + template;
    this.metricBase =
        Attributes.of(HTTP_REQUEST_METHOD, "POST", SERVER_ADDRESS, host(uri), SERVER_PORT, port(uri));
    this.callAttributes =
        metricBase.toBuilder().put(SIVI_OPERATION, method).put(URL_TEMPLATE, template).build();
    this.attemptAttributes = callAttributes.toBuilder().put(URL_FULL, uri.toString()).build();
  }

  /**
   * The attributes of an attempt's {@code http.client.request.duration} measurement.
   *
   * @param status the HTTP status, or 0 for none
   * @param error the transport error, or null for none
   * @param errorType the semantic conventions' {@code error.type}, or null for none
   */
  Attributes metric(int status, @Nullable TransportErrorKind error, @Nullable String errorType) {
    boolean statusOnly = error == null && status > 0 && status < STATUSES;
    boolean errorOnly = error != null && status <= 0;
    if (!statusOnly && !errorOnly) {
      return build(status, errorType);
    }
    AtomicReferenceArray<Attributes> cache = statusOnly ? byStatus : byError;
    int index = statusOnly ? status : error.ordinal();
    Attributes kept = cache.get(index);
    if (kept == null) {
      kept = build(status, errorType);
      cache.lazySet(index, kept);
    }
    return kept;
  }

  private Attributes build(int status, @Nullable String errorType) {
    var builder = metricBase.toBuilder();
    if (status > 0) {
      builder.put(HTTP_RESPONSE_STATUS_CODE, (long) status);
    }
    if (errorType != null) {
      builder.put(ERROR_TYPE, errorType);
    }
    return builder.build();
  }

  static String host(URI uri) {
    return String.valueOf(uri.getHost());
  }

  static long port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
  }

  static String path(URI uri) {
    return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
  }
}
