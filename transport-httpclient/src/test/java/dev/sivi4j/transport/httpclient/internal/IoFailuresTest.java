package dev.sivi4j.transport.httpclient.internal;

import static dev.sivi4j.transport.httpclient.internal.ApacheHttpTransportTest.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.TransportRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.impl.classic.RequestFailedException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.ProtocolException;
import org.apache.hc.core5.http.TruncatedChunkException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IoFailuresTest {
  private static final TransportRequest REQUEST =
      ApacheHttpTransportTest.request(URI.create("http://127.0.0.1:9"), Duration.ofMillis(250), 1024);

  private final AttemptGuard guard = new AttemptGuard(() -> true, System.nanoTime());

  static Stream<Arguments> exceptions() {
    return Stream.of(
        Arguments.of(new HttpHostConnectException("Connection refused"), TransportErrorKind.CONNECT_FAILED),
        Arguments.of(new ConnectException("Connection refused"), TransportErrorKind.CONNECT_FAILED),
        Arguments.of(new ConnectTimeoutException("Connect timed out"), TransportErrorKind.CONNECT_TIMEOUT),
        Arguments.of(new ConnectionRequestTimeoutException("Timeout deadline"), TransportErrorKind.POOL_ACQUIRE_TIMEOUT),
        Arguments.of(new SocketTimeoutException("Read timed out"), TransportErrorKind.RESPONSE_TIMEOUT),
        Arguments.of(new UnknownHostException("sivi.invalid"), TransportErrorKind.UNKNOWN_HOST),
        Arguments.of(new SSLHandshakeException("PKIX path building failed"), TransportErrorKind.TLS_FAILED),
        Arguments.of(new NoHttpResponseException("failed to respond"), TransportErrorKind.CONNECTION_CLOSED),
        Arguments.of(new ConnectionClosedException("Premature end"), TransportErrorKind.CONNECTION_CLOSED),
        Arguments.of(new SocketException("Connection reset"), TransportErrorKind.CONNECTION_RESET),
        Arguments.of(new SocketException("Connection reset by peer"), TransportErrorKind.CONNECTION_RESET),
        Arguments.of(new SocketException("Broken pipe"), TransportErrorKind.CONNECTION_RESET),
        Arguments.of(new SocketException("Socket closed"), TransportErrorKind.IO_ERROR),
        Arguments.of(new ClientProtocolException(new ProtocolException("Invalid header")), TransportErrorKind.PROTOCOL_ERROR),
        Arguments.of(new MalformedChunkCodingException("Bad chunk header"), TransportErrorKind.PROTOCOL_ERROR),
        Arguments.of(new TruncatedChunkException("Truncated chunk"), TransportErrorKind.PROTOCOL_ERROR),
        Arguments.of(
            new RequestFailedException("Request execution failed", new ConnectException("refused")),
            TransportErrorKind.CONNECT_FAILED),
        Arguments.of(new InterruptedIOException("interrupted"), TransportErrorKind.IO_ERROR),
        Arguments.of(new IOException("something else"), TransportErrorKind.IO_ERROR));
  }

  @ParameterizedTest
  @MethodSource("exceptions")
  void mapsEachHttpClientExceptionToItsKind(Throwable failure, TransportErrorKind kind) {
    TransportException mapped = IoFailures.map(failure, REQUEST, guard, false);

    assertThat(mapped.kind()).isEqualTo(kind);
    assertThat(mapped.getCause()).isSameAs(failure);
    assertThat(mapped.getMessage()).startsWith("POST http://127.0.0.1:9/api/prod/v2/super/login-user: ");
  }

  @Test
  void reportsTheDeadlineRatherThanTheAbortItCaused() {
    guard.abortAtDeadline();

    TransportException mapped = IoFailures.map(new SocketException("Socket closed"), REQUEST, guard, false);

    assertThat(mapped.kind()).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT);
    assertThat(mapped.getMessage()).contains("no complete response within 250 ms");
  }

  @Test
  void reportsTheDeadlineWhenTheAbortSurfacesUnchecked() {
    IllegalStateException released = new IllegalStateException("Endpoint not acquired / already released");

    assertThat(IoFailures.map(released, REQUEST, guard, false).kind()).isEqualTo(TransportErrorKind.IO_ERROR);
    guard.abortAtDeadline();
    assertThat(IoFailures.map(released, REQUEST, guard, false).kind()).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT);
  }

  @Test
  void reportsAnInterruptAbortAsInterruptedRatherThanTheAbortItCaused() {
    guard.abortForInterrupt();

    TransportException mapped = IoFailures.map(new SocketException("Socket closed"), REQUEST, guard, false);

    assertThat(mapped.kind()).isEqualTo(TransportErrorKind.INTERRUPTED);
    assertThat(mapped.kind().outcomeUnknown()).isTrue();
    assertThat(mapped.getMessage()).contains("interrupted");
  }

  @Test
  void reportsAnAbortAtCloseAsTheClientClosed() {
    guard.abortForClose();

    TransportException mapped = IoFailures.map(new SocketException("Socket closed"), REQUEST, guard, false);

    assertThat(mapped.kind()).isEqualTo(TransportErrorKind.CLIENT_CLOSED);
  }

  @Test
  void reportsTheCapRatherThanTheAbortItCaused() {
    guard.abortOverCap();

    TransportException mapped = IoFailures.map(new SocketException("Socket closed"), REQUEST, guard, false);

    assertThat(mapped.kind()).isEqualTo(TransportErrorKind.RESPONSE_TOO_LARGE);
  }

  @Test
  void reportsAClosedClient() {
    IllegalStateException shutDown = new IllegalStateException("Connection pool shut down");

    assertThat(IoFailures.map(shutDown, REQUEST, guard, true).kind()).isEqualTo(TransportErrorKind.CLIENT_CLOSED);
    assertThat(IoFailures.map(shutDown, REQUEST, guard, false).kind()).isEqualTo(TransportErrorKind.CLIENT_CLOSED);
    assertThat(IoFailures.map(new SocketException("Socket closed"), REQUEST, guard, true).kind())
        .isEqualTo(TransportErrorKind.CLIENT_CLOSED);
    assertThat(IoFailures.isShutDown(new IllegalStateException("Connection pool shut down"))).isTrue();
    assertThat(IoFailures.isShutDown(new IllegalStateException("Endpoint not acquired"))).isFalse();
  }

  @Test
  void reportsAnInterruptedThread() {
    Thread.currentThread().interrupt();
    try {
      TransportException mapped = IoFailures.map(new InterruptedIOException("Request aborted"), REQUEST, guard, false);

      assertThat(mapped.kind()).isEqualTo(TransportErrorKind.INTERRUPTED);
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  @Test
  void redactsTheKeyAndControlCharactersFromMessagesAndCauses() {
    IOException quoting = new IOException("bad line: x-echo " + KEY + "\r\ninjected", new IOException("again " + KEY));

    TransportException mapped = IoFailures.map(quoting, REQUEST, guard, false);

    assertThat(mapped.getMessage()).doesNotContain(KEY).contains("x-echo ***").doesNotContain("\r", "\n");
    assertThat(mapped.getCause()).isNotSameAs(quoting);
    assertThat(mapped.getCause().getMessage())
        .doesNotContain(KEY)
        .contains("java.io.IOException: bad line: x-echo ***")
        .contains("caused by java.io.IOException: again ***");
    assertThat(mapped.getCause().getStackTrace()).isEqualTo(quoting.getStackTrace());
  }

  @Test
  void boundsTheMessageLength() {
    TransportException mapped = IoFailures.map(new IOException("x".repeat(5000)), REQUEST, guard, false);

    assertThat(mapped.getMessage()).hasSizeLessThan(450).endsWith("…");
  }
}
