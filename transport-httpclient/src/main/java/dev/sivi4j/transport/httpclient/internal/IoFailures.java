package dev.sivi4j.transport.httpclient.internal;

import dev.sivi4j.ProxySettings;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.Header;
import dev.sivi4j.spi.TransportRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.impl.classic.RequestFailedException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.jspecify.annotations.Nullable;

/**
 * Maps what Apache HttpClient throws to a {@link TransportErrorKind}, and writes the message: the URL,
 * what happened and the underlying exception, with every sensitive header value redacted and control
 * characters removed (an exception can quote what a hostile server sent back).
 */
final class IoFailures {
  private static final int MAX_MESSAGE = 400;

  /** The status of a proxy that wants (other) credentials. */
  static final int PROXY_AUTHENTICATION_REQUIRED = 407;

  private IoFailures() {}

  /**
   * The failure of one attempt.
   *
   * @param failure what {@code execute} threw, checked or not
   * @param request the attempt
   * @param guard the attempt's guard: its aborts explain the exception they cause
   * @param clientClosed whether the transport was closed
   */
  static TransportException map(Throwable failure, TransportRequest request, AttemptGuard guard, boolean clientClosed) {
    if (guard.overCap()) {
      return failure(TransportErrorKind.RESPONSE_TOO_LARGE, request,
          "the response body is larger than the cap of " + request.maxResponseBytes() + " bytes", failure);
    }
    if (guard.deadlinePassed()) {
      return failure(TransportErrorKind.RESPONSE_TIMEOUT, request,
          "no complete response within " + request.timeout().toMillis() + " ms", failure);
    }
    if (guard.interruptAborted()) {
      return failure(TransportErrorKind.INTERRUPTED, request,
          "the calling thread was interrupted; the request was aborted", failure);
    }
    if (clientClosed || guard.closeAborted() || isShutDown(failure)) {
      return failure(TransportErrorKind.CLIENT_CLOSED, request, "the client was closed", failure);
    }
    if (failure instanceof RuntimeException) {
      return failure(TransportErrorKind.IO_ERROR, request, "HttpClient failed unexpectedly", failure);
    }
    // HttpClient reports an interrupt as an InterruptedIOException, a virtual thread as a closed socket.
    if (Thread.currentThread().isInterrupted()) {
      return failure(TransportErrorKind.INTERRUPTED, request, "the calling thread was interrupted", failure);
    }
    TransportErrorKind kind = kind(failure);
    return failure(kind, request, describe(kind), failure);
  }

  /** The kind of an exception, looking through HttpClient's wrappers. */
  static TransportErrorKind kind(Throwable failure) {
    Throwable cause = failure.getCause();
    if ((failure instanceof ClientProtocolException || failure instanceof RequestFailedException)
        && cause != null
        && cause != failure) {
      return cause instanceof HttpException ? TransportErrorKind.PROTOCOL_ERROR : kind(cause);
    }
    if (failure instanceof ClientProtocolException || failure instanceof HttpException) {
      return TransportErrorKind.PROTOCOL_ERROR;
    }
    if (failure instanceof ConnectionRequestTimeoutException) {
      return TransportErrorKind.POOL_ACQUIRE_TIMEOUT;
    }
    if (failure instanceof ConnectTimeoutException) {
      return TransportErrorKind.CONNECT_TIMEOUT;
    }
    if (failure instanceof SocketTimeoutException) {
      return TransportErrorKind.RESPONSE_TIMEOUT;
    }
    if (failure instanceof UnknownHostException) {
      return TransportErrorKind.UNKNOWN_HOST;
    }
    if (failure instanceof ConnectException || failure instanceof NoRouteToHostException) {
      return TransportErrorKind.CONNECT_FAILED;
    }
    if (failure instanceof SSLException) {
      return TransportErrorKind.TLS_FAILED;
    }
    if (failure instanceof NoHttpResponseException || failure instanceof ConnectionClosedException) {
      return TransportErrorKind.CONNECTION_CLOSED;
    }
    if (failure instanceof MalformedChunkCodingException) {
      return TransportErrorKind.PROTOCOL_ERROR;
    }
    if (failure instanceof SocketException && isReset(failure.getMessage())) {
      return TransportErrorKind.CONNECTION_RESET;
    }
    return TransportErrorKind.IO_ERROR;
  }

  private static boolean isReset(String message) {
    if (message == null) {
      return false;
    }
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains("reset") || lower.contains("broken pipe");
  }

  private static String describe(TransportErrorKind kind) {
    return switch (kind) {
      case CONNECT_FAILED -> "the connection could not be made";
      case CONNECT_TIMEOUT -> "the connection was not made within the connect timeout";
      case POOL_ACQUIRE_TIMEOUT -> "no pooled connection became free within the pool-acquire timeout";
      case RESPONSE_TIMEOUT -> "the server did not answer within the response timeout";
      case UNKNOWN_HOST -> "the host name could not be resolved";
      case TLS_FAILED -> "the TLS handshake failed";
      case CONNECTION_CLOSED -> "the server closed the connection without a complete response";
      case CONNECTION_RESET -> "the connection was reset";
      case PROTOCOL_ERROR -> "the server's answer is not valid HTTP";
      case INTERRUPTED -> "the calling thread was interrupted";
      default -> "the request failed";
    };
  }

  /** A failure with a message naming the URL and the cause, free of secrets. */
  static TransportException failure(
      TransportErrorKind kind, TransportRequest request, String what, Throwable cause) {
    String message = "POST " + request.uri() + ": " + what + " (" + cause.getClass().getSimpleName();
    String detail = cause.getMessage();
    message = detail == null ? message + ")" : message + ": " + detail + ")";
    return new TransportException(kind, redact(message, request), safeCause(cause, request));
  }

  /**
   * The cause itself, or, when a message anywhere in its chain quotes a secret, a stand-in with the
   * redacted text and the original stack trace: a printed stack trace must not show the key either.
   */
  static Throwable safeCause(Throwable cause, TransportRequest request) {
    boolean leaks = false;
    for (Throwable t = cause; t != null && !leaks; t = t.getCause() == t ? null : t.getCause()) {
      leaks = quotesSecret(t.getMessage(), request);
    }
    if (!leaks) {
      return cause;
    }
    StringBuilder chain = new StringBuilder();
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      chain.append(chain.length() == 0 ? "" : "; caused by ").append(t.getClass().getName());
      if (t.getMessage() != null) {
        chain.append(": ").append(t.getMessage());
      }
    }
    IOException standIn = new IOException(redact(chain.toString(), request));
    standIn.setStackTrace(cause.getStackTrace());
    return standIn;
  }

  private static boolean quotesSecret(@Nullable String text, TransportRequest request) {
    if (text == null) {
      return false;
    }
    for (Header header : request.headers()) {
      if (header.sensitive() && !header.value().isEmpty() && text.contains(header.value())) {
        return true;
      }
    }
    return false;
  }

  /** Removes control characters and every sensitive header value, and bounds the length. */
  static String redact(String text, TransportRequest request) {
    String clean = text;
    for (Header header : request.headers()) {
      if (header.sensitive() && !header.value().isEmpty()) {
        clean = clean.replace(header.value(), "***");
      }
    }
    StringBuilder out = new StringBuilder(Math.min(clean.length(), MAX_MESSAGE));
    for (int i = 0; i < clean.length() && out.length() < MAX_MESSAGE; i++) {
      char c = clean.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    return out.length() < clean.length() ? out + "…" : out.toString();
  }

  /** The failure when a proxy answered 407: naming it, if sivi4j configured it. */
  static TransportException proxyRefused(TransportRequest request, @Nullable ProxySettings proxy) {
    String who = proxy == null ? "the HTTP client's proxy" : "the proxy " + proxy.address();
    String why = proxy != null && proxy.username().isEmpty()
        ? "no proxy credentials are configured (ProxySettings.withCredentials)"
        : "the proxy credentials were refused";
    return new TransportException(TransportErrorKind.PROXY_REFUSED,
        "POST " + request.uri() + ": " + who + " answered 407 Proxy Authentication Required: " + why, null);
  }

  /** The failure when sivi4j's proxy answered its {@code CONNECT} with anything but success. */
  static TransportException tunnelRefused(TransportRequest request, ProxySettings proxy, int status) {
    if (status == PROXY_AUTHENTICATION_REQUIRED) {
      return proxyRefused(request, proxy);
    }
    boolean refused = status >= 400 && status < 500;
    String why = status == 401 || status == 403
        ? (proxy.username().isEmpty() ? ": no proxy credentials are configured (ProxySettings.withCredentials)"
            : ": the proxy credentials were refused")
        : refused ? "" : ": it could not reach the service";
    return new TransportException(refused ? TransportErrorKind.PROXY_REFUSED : TransportErrorKind.CONNECT_FAILED,
        "POST " + request.uri() + ": the proxy " + proxy.address() + " refused the CONNECT tunnel with HTTP " + status + why,
        null);
  }

  /** The failure when the client is closed before an attempt starts. */
  static TransportException closed(TransportRequest request) {
    return new TransportException(
        TransportErrorKind.CLIENT_CLOSED, "POST " + request.uri() + ": the client is closed", null);
  }

  /** The failure when the calling thread is interrupted before an attempt starts. */
  static TransportException interrupted(TransportRequest request) {
    return new TransportException(
        TransportErrorKind.INTERRUPTED, "POST " + request.uri() + ": the calling thread was interrupted", null);
  }

  /** Whether HttpClient says its pool or client is shut down (a user's client closed under us). */
  static boolean isShutDown(Throwable failure) {
    String message = failure.getMessage();
    return failure instanceof IllegalStateException
        && message != null
        && message.toLowerCase(Locale.ROOT).contains("shut down");
  }
}
