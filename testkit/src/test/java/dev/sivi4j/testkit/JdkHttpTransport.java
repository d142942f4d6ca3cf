package dev.sivi4j.testkit;

import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.Header;
import dev.sivi4j.spi.SiviTransport;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A small blocking transport over {@code java.net.http.HttpClient} for the server face in tests (the
 * testkit cannot depend on sivi4j's real transports): the attempt timeout covers the whole body, the
 * body is capped while it arrives, and I/O failures map to kinds.
 */
final class JdkHttpTransport implements SiviTransport {
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Override
  public TransportResponse send(TransportRequest request) throws TransportException {
    HttpRequest.Builder http =
        HttpRequest.newBuilder(request.uri()).POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
    for (Header header : request.headers()) {
      http.header(header.name(), header.value());
    }
    CompletableFuture<HttpResponse<byte[]>> call =
        client.sendAsync(http.build(), info -> new CappedBody(request.maxResponseBytes()));
    try {
      HttpResponse<byte[]> response = call.get(request.timeout().toNanos(), TimeUnit.NANOSECONDS);
      Map<String, String> headers = new HashMap<>();
      response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
      return new TransportResponse(response.statusCode(), headers, response.body());
    } catch (TimeoutException e) {
      call.cancel(true);
      throw new TransportException(TransportErrorKind.RESPONSE_TIMEOUT, "no complete response in time", e);
    } catch (InterruptedException e) {
      call.cancel(true);
      Thread.currentThread().interrupt();
      throw new TransportException(TransportErrorKind.INTERRUPTED, "interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof TooLarge) {
        throw new TransportException(TransportErrorKind.RESPONSE_TOO_LARGE, "body over the cap", null);
      }
      throw new TransportException(kind(cause), cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
    }
  }

  static TransportErrorKind kind(Throwable error) {
    if (error instanceof HttpConnectTimeoutException) {
      return TransportErrorKind.CONNECT_TIMEOUT;
    }
    if (error instanceof HttpTimeoutException) {
      return TransportErrorKind.RESPONSE_TIMEOUT;
    }
    if (error instanceof ConnectException) {
      return TransportErrorKind.CONNECT_FAILED;
    }
    for (Throwable t = error; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (t instanceof ProtocolException || message.contains("status line") || message.contains("invalid")) {
        return TransportErrorKind.PROTOCOL_ERROR;
      }
      if (message.contains("reset")) {
        return TransportErrorKind.CONNECTION_RESET;
      }
      if (t instanceof EOFException || message.contains("eof") || message.contains("closed") || message.contains("no bytes")) {
        return TransportErrorKind.CONNECTION_CLOSED;
      }
    }
    return TransportErrorKind.IO_ERROR;
  }

  @Override
  public void close() {
    // HttpClient has no close on Java 17; its threads end when it is unreachable.
  }

  /** Signals a body over the cap. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("body over the cap");
    }
  }

  /** Collects a body, giving up as soon as it passes the cap. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long cap;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(long cap) {
      this.cap = cap;
    }

    @Override
    public void onSubscribe(Flow.Subscription value) {
      subscription = value;
      value.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        if (out.size() + (long) buffer.remaining() > cap) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge());
          return;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        out.writeBytes(bytes);
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }
  }
}
