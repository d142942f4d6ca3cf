package dev.sivi4j.transport.httpclient.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback socket server for what an HTTP server library will not do: reset the connection, close it
 * without an answer, cut a body short, or answer with something that is not HTTP. Each connection
 * reads one request and then runs the behaviour.
 */
public final class RawServer implements AutoCloseable {
  /** What to do with a connection once its request has been read. */
  @FunctionalInterface
  public interface Behaviour {
    void answer(Socket socket) throws IOException;
  }

  private final ServerSocket socket;
  private final Thread acceptor;
  private final AtomicInteger connections = new AtomicInteger();

  private RawServer(Behaviour behaviour) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> serve(behaviour), "raw-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts a server on 127.0.0.1 and a free port. */
  public static RawServer start(Behaviour behaviour) {
    try {
      return new RawServer(behaviour);
    } catch (IOException e) {
      throw new IllegalStateException("could not start the raw server", e);
    }
  }

  /** Resets the connection (RST) instead of answering. */
  public static Behaviour reset() {
    return s -> {
      s.setSoLinger(true, 0);
      s.close();
    };
  }

  /** Closes the connection without a byte of answer. */
  public static Behaviour closeWithoutAnswer() {
    return Socket::close;
  }

  /** Writes the given text as the whole answer, then closes. */
  public static Behaviour write(String text) {
    return s -> {
      s.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      s.close();
    };
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort());
  }

  /** How many connections were accepted. */
  public int connections() {
    return connections.get();
  }

  private void serve(Behaviour behaviour) {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        connections.incrementAndGet();
        readRequest(client.getInputStream());
        behaviour.answer(client);
      } catch (IOException e) {
        // Closed, or the client went away: take the next connection.
      }
    }
  }

  private static void readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return;
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        in.readNBytes(Integer.parseInt(line.substring(15).trim()));
      }
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // Already closed.
    }
  }
}
