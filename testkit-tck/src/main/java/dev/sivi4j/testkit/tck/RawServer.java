package dev.sivi4j.testkit.tck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A loopback server with raw socket control, for faults below HTTP that the fake cannot play: TLS
 * handshakes, plaintext on a TLS port, an endless chunked body. It counts the connections it accepted
 * and the requests it read, so a test knows how many attempts reached it. Each connection runs a
 * {@link Conversation} on its own daemon thread.
 */
final class RawServer implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final byte[] OK =
      "{\"status\":200,\"body\":{\"message\":\"Successfully deleted the user\"}}".getBytes(StandardCharsets.UTF_8);

  /** What the server does with one accepted connection. */
  @FunctionalInterface
  interface Conversation {
    void talk(Socket socket, RawServer server) throws IOException;
  }

  private final ServerSocket socket;
  private final Conversation conversation;
  private final String scheme;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile boolean closed;

  private RawServer(ServerSocket socket, String scheme, Conversation conversation) {
    this.socket = socket;
    this.scheme = scheme;
    this.conversation = conversation;
    start(this::acceptLoop);
  }

  /** A plaintext server. */
  static RawServer plain(Conversation conversation) {
    try {
      ServerSocket socket = new ServerSocket();
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      return new RawServer(socket, "http", conversation);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind 127.0.0.1", e);
    }
  }

  /** A TLS server presenting the key and certificate of {@code context}. */
  static RawServer tls(SSLContext context, Conversation conversation) {
    try {
      ServerSocket socket = context.getServerSocketFactory().createServerSocket();
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      return new RawServer(socket, "https", conversation);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind 127.0.0.1", e);
    }
  }

  /** The base URL of the documented API on this server. */
  URI baseUri() {
    return URI.create(scheme + "://127.0.0.1:" + socket.getLocalPort() + ScriptedSivi.BASE_PATH);
  }

  int connections() {
    return connections.get();
  }

  int requests() {
    return requests.get();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket accepted = socket.accept();
        connections.incrementAndGet();
        open.add(accepted);
        start(() -> serve(accepted));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket accepted) {
    try (accepted) {
      accepted.setSoTimeout(10_000);
      conversation.talk(accepted, this);
    } catch (IOException | RuntimeException e) {
      // The client went away or the handshake failed: the test judges by what the client saw.
    } finally {
      open.remove(accepted);
    }
  }

  private void start(Runnable task) {
    Thread thread = new Thread(() -> {
      try {
        task.run();
      } finally {
        threads.remove(Thread.currentThread());
      }
    }, "sivi4j-contract-raw-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    threads.add(thread);
    thread.start();
  }

  /**
   * Reads one request (head, then a {@code Content-Length} body) and counts it.
   *
   * @return false if the connection ended first
   */
  boolean readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    while (last4 != 0x0d0a0d0a) {
      int b = in.read();
      if (b < 0) {
        return false;
      }
      head.write(b);
      last4 = (last4 << 8) | b;
    }
    long length = 0;
    for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Long.parseLong(line.substring(15).trim());
      }
    }
    in.skipNBytes(length);
    requests.incrementAndGet();
    return true;
  }

  /** Answers a delete-user success and closes. */
  static void answerOk(Socket socket, RawServer server) throws IOException {
    if (server.readRequest(socket.getInputStream())) {
      OutputStream out = socket.getOutputStream();
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + OK.length
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(OK);
      out.flush();
    }
  }

  /**
   * Answers 200 with a chunked JSON-looking body of about {@code bytes} bytes (no {@code
   * Content-Length}, so the client learns the size only by reading), until the client goes away.
   */
  static Conversation chunkedBody(long bytes) {
    return (socket, server) -> {
      if (!server.readRequest(socket.getInputStream())) {
        return;
      }
      OutputStream out = socket.getOutputStream();
      String head = "{\"status\":200,\"body\":{\"message\":\"";
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
          + Integer.toHexString(head.length()) + "\r\n" + head + "\r\n").getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = ("2000\r\n" + "x".repeat(0x2000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
      for (long sent = 0; sent < bytes; sent += 0x2000) {
        out.write(chunk);
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    };
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
    for (Socket connection : open) {
      try {
        connection.close();
      } catch (IOException e) {
        // already closed
      }
    }
    for (Thread thread : threads) {
      try {
        TimeUnit.SECONDS.timedJoin(thread, 2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
