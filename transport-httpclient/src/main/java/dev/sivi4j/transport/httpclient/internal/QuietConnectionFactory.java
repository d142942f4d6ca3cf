package dev.sivi4j.transport.httpclient.internal;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.jspecify.annotations.Nullable;

/** Makes the {@link QuietConnection}s of the pool sivi4j builds. */
final class QuietConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {
  static final QuietConnectionFactory INSTANCE = new QuietConnectionFactory();

  private static final AtomicLong COUNTER = new AtomicLong();

  private QuietConnectionFactory() {}

  @Override
  public ManagedHttpClientConnection createConnection(@Nullable Socket socket) throws IOException {
    QuietConnection connection = new QuietConnection("sivi4j-http-" + COUNTER.getAndIncrement());
    if (socket != null) {
      connection.bind(socket);
    }
    return connection;
  }
}
