package dev.sivi4j.transport.vertx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.DecoderException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class IoFailuresTest {
  private static TransportErrorKind kind(Throwable failure) {
    return IoFailures.kind(failure);
  }

  @Test
  void refusedConnectionIsConnectFailed() {
    assertThat(kind(new ConnectException("Connection refused: /127.0.0.1:1"))).isEqualTo(TransportErrorKind.CONNECT_FAILED);
  }

  @Test
  void nettyConnectTimeoutIsConnectTimeoutNotConnectFailed() {
    assertThat(kind(new ConnectTimeoutException("connection timed out after 5000 ms")))
        .isEqualTo(TransportErrorKind.CONNECT_TIMEOUT);
  }

  @Test
  void unresolvableHostIsUnknownHost() {
    assertThat(kind(new UnknownHostException("nowhere.invalid"))).isEqualTo(TransportErrorKind.UNKNOWN_HOST);
  }

  @Test
  void handshakeFailureInsideADecoderExceptionIsTls() {
    assertThat(kind(new DecoderException(new SSLHandshakeException("PKIX path building failed"))))
        .isEqualTo(TransportErrorKind.TLS_FAILED);
  }

  @Test
  void timeoutWaitingForAPooledConnectionIsPoolAcquireTimeout() {
    assertThat(kind(new TimeoutException("The timeout of 5000 ms has been exceeded when getting a connection to h:443")))
        .isEqualTo(TransportErrorKind.POOL_ACQUIRE_TIMEOUT);
    assertThat(kind(new ConnectionPoolTooBusyException("Connection pool reached max wait queue size of 10")))
        .isEqualTo(TransportErrorKind.POOL_ACQUIRE_TIMEOUT);
  }

  @Test
  void otherTimeoutIsResponseTimeout() {
    assertThat(kind(new TimeoutException("The timeout period of 300ms has been exceeded while executing POST /x")))
        .isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT);
  }

  @Test
  void resetIsConnectionReset() {
    assertThat(kind(new IOException("Connection reset by peer"))).isEqualTo(TransportErrorKind.CONNECTION_RESET);
    assertThat(kind(new StreamResetException(8))).isEqualTo(TransportErrorKind.CONNECTION_RESET);
  }

  @Test
  void closedIsConnectionClosed() {
    assertThat(kind(new HttpClosedException("Connection was closed"))).isEqualTo(TransportErrorKind.CONNECTION_CLOSED);
  }

  @Test
  void malformedHttpIsProtocolError() {
    assertThat(kind(new DecoderException("invalid version format"))).isEqualTo(TransportErrorKind.PROTOCOL_ERROR);
  }

  @Test
  void anythingElseIsIoError() {
    assertThat(kind(new IllegalStateException("surprise"))).isEqualTo(TransportErrorKind.IO_ERROR);
    assertThat(kind(new IOException("Broken pipe"))).isEqualTo(TransportErrorKind.IO_ERROR);
  }

  @Test
  void classifiedFailureKeepsTheCauseAndNamesIt() {
    ConnectException cause = new ConnectException("Connection refused: /127.0.0.1:1");

    TransportException failure = IoFailures.classify(cause);

    assertThat(failure.getCause()).isSameAs(cause);
    assertThat(failure.getMessage()).isEqualTo("ConnectException: Connection refused: /127.0.0.1:1");
  }
}
