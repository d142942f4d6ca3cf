package dev.sivi4j.transport.vertx.internal;

import dev.sivi4j.ProxySettings;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import javax.net.ssl.SSLException;

/**
 * Names what went wrong when Vert.x failed a request. Vert.x and Netty wrap causes freely (a TLS
 * failure arrives inside a decoder exception), so each rule looks at the whole cause chain and the
 * rules are tried from the most specific kind to the least.
 */
final class IoFailures {
  /** Vert.x's message when a request could not get a connection from the pool in time. */
  private static final String POOL_TIMEOUT = "when getting a connection";

  /** The status of a proxy that wants (other) credentials. */
  static final int PROXY_AUTHENTICATION_REQUIRED = 407;

  /** How Netty's proxy handler reports the proxy's answer to {@code CONNECT}. */
  private static final Pattern PROXY_STATUS = Pattern.compile("status: (\\d{3})");

  private IoFailures() {}

  static TransportException classify(Throwable failure) {
    return classify(failure, null);
  }

  /** Like {@link #classify(Throwable)}, naming sivi4j's proxy when it refused the tunnel. */
  static TransportException classify(Throwable failure, @Nullable ProxySettings proxy) {
    int proxyStatus = proxyStatus(failure);
    if (proxyStatus >= 400 && proxyStatus < 500) {
      return proxyRefused(proxy, proxyStatus, failure);
    }
    return new TransportException(kind(failure), describe(failure), failure);
  }

  /** The failure when a proxy answered with a 4xx status: a 407, or a refused {@code CONNECT}. */
  static TransportException proxyRefused(@Nullable ProxySettings proxy, int status, @Nullable Throwable cause) {
    String who = proxy == null ? "the Web Client's proxy" : "the proxy " + proxy.address();
    String why = status != PROXY_AUTHENTICATION_REQUIRED && status != 401 && status != 403
        ? ""
        : proxy != null && proxy.username().isEmpty()
            ? ": no proxy credentials are configured (ProxySettings.withCredentials)"
            : ": the proxy credentials were refused";
    return new TransportException(
        TransportErrorKind.PROXY_REFUSED, who + " refused the request with HTTP " + status + why, cause);
  }

  /** The status of a proxy's refused {@code CONNECT}, or -1 when the failure is not that. */
  private static int proxyStatus(Throwable failure) {
    Throwable current = failure;
    for (int depth = 0; current != null && depth < 16; depth++) {
      if (named(current, "ProxyConnectException") && current.getMessage() != null) {
        Matcher status = PROXY_STATUS.matcher(current.getMessage());
        return status.find() ? Integer.parseInt(status.group(1)) : -1;
      }
      current = current.getCause();
    }
    return -1;
  }

  static TransportErrorKind kind(Throwable failure) {
    if (any(failure, e -> e instanceof SSLException || named(e, "NotSslRecordException"))) {
      return TransportErrorKind.TLS_FAILED;
    }
    if (any(failure, e -> e instanceof UnknownHostException)) {
      return TransportErrorKind.UNKNOWN_HOST;
    }
    if (any(failure, e -> named(e, "ConnectTimeoutException"))) {
      return TransportErrorKind.CONNECT_TIMEOUT;
    }
    if (any(failure, e -> e instanceof ConnectException)) {
      return TransportErrorKind.CONNECT_FAILED;
    }
    if (any(failure, e -> e instanceof ConnectionPoolTooBusyException
        || e instanceof TimeoutException && messageContains(e, POOL_TIMEOUT))) {
      return TransportErrorKind.POOL_ACQUIRE_TIMEOUT;
    }
    if (any(failure, e -> e instanceof TimeoutException)) {
      return TransportErrorKind.RESPONSE_TIMEOUT;
    }
    if (any(failure, e -> e instanceof StreamResetException || messageContains(e, "reset"))) {
      return TransportErrorKind.CONNECTION_RESET;
    }
    if (any(failure, e -> e instanceof HttpClosedException || messageContains(e, "closed"))) {
      return TransportErrorKind.CONNECTION_CLOSED;
    }
    if (any(failure, e -> named(e, "DecoderException") || named(e, "TooLongFrameException")
        || named(e, "TooLongHttpLineException") || named(e, "TooLongHttpHeaderException"))) {
      return TransportErrorKind.PROTOCOL_ERROR;
    }
    return TransportErrorKind.IO_ERROR;
  }

  /** A message naming the failure; Vert.x messages carry hosts and paths, never request headers. */
  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static boolean any(Throwable failure, Predicate<Throwable> rule) {
    Throwable current = failure;
    for (int depth = 0; current != null && depth < 16; depth++) {
      if (rule.test(current)) {
        return true;
      }
      current = current.getCause();
    }
    return false;
  }

  /** Netty types matched by name, so this module needs no compile-time dependency on Netty. */
  private static boolean named(Throwable e, String simpleName) {
    for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
      if (type.getSimpleName().equals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  private static boolean messageContains(Throwable e, String text) {
    String message = e.getMessage();
    return (e instanceof IOException || e instanceof VertxException || e instanceof TimeoutException)
        && message != null
        && message.toLowerCase(Locale.ROOT).contains(text);
  }
}
