package dev.sivi4j.testkit;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures {@link FakeSiviServer} throughput: N client threads, each on its own keep-alive loopback
 * connection, send {@code super/login-user} for a warm-up period and then a measured one, with rate
 * limits off. A program, not a test (Surefire skips it).
 *
 * <p>Arguments, all optional: {@code [threads=16] [seconds=5] [warmupSeconds=10]}; the warm-up lets the JIT compile the
 * request path, which takes seconds on a busy two-core machine.
 */
public final class FakeSiviServerBenchmark {
  private static volatile boolean measuring;
  private static volatile boolean running = true;

  private FakeSiviServerBenchmark() {}

  /**
   * Runs the benchmark and prints requests per second.
   *
   * @param args {@code [threads] [seconds] [warmupSeconds]}
   * @throws Exception if the server cannot start or a client fails
   */
  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    FakeSivi fake = FakeSivi.builder().rateLimiting(false).build();
    FakeAccount account = fake.createAccount(FakeKeyKind.SUPER_USER);
    LongAdder completed = new LongAdder();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try (FakeSiviServer server = fake.startServer()) {
      List<Thread> clients = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String user = "bench-user-" + i;
        Thread client = new Thread(() -> {
          try {
            loop(server.port(), account.secret(), user, completed);
          } catch (IOException | RuntimeException e) {
            if (running) {
              failure.compareAndSet(null, e);
            }
          }
        }, "bench-client-" + i);
        client.setDaemon(true);
        client.start();
        clients.add(client);
      }
      Thread.sleep(warmup * 1000L);
      measuring = true;
      long start = System.nanoTime();
      Thread.sleep(seconds * 1000L);
      measuring = false;
      long elapsed = System.nanoTime() - start;
      running = false;
      for (Thread client : clients) {
        client.join(2000);
      }
      if (failure.get() != null) {
        throw new IllegalStateException("a client failed", failure.get());
      }
      System.out.printf(Locale.ROOT, "FakeSiviServer login-user: threads=%d measured=%ds warmup=%ds requests=%d -> %.0f requests/second%n",
          threads, seconds, warmup, completed.sum(), completed.sum() / (elapsed / 1e9));
    }
  }

  private static void loop(int port, String key, String user, LongAdder completed) throws IOException {
    String body = "{\"abstractUserId\":\"" + user + "\"}";
    byte[] request = ("POST /api/prod/v2/super/login-user HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nsivi-api-key: " + key + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
        + "Content-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setTcpNoDelay(true);
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      while (running) {
        out.write(request);
        int length = readHead(in);
        in.skipNBytes(length);
        if (measuring) {
          completed.increment();
        }
      }
    }
  }

  /** Reads a response head, checks it is a 200, and returns its Content-Length. */
  private static int readHead(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int length = -1;
    boolean first = true;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("the server closed the connection");
      }
      if (b != '\n') {
        if (b != '\r') {
          line.append((char) b);
        }
        continue;
      }
      if (line.length() == 0) {
        if (length < 0) {
          throw new IOException("no Content-Length");
        }
        return length;
      }
      String text = line.toString();
      if (first && !text.startsWith("HTTP/1.1 200")) {
        throw new IOException("unexpected status: " + text);
      }
      if (text.regionMatches(true, 0, "content-length:", 0, 15)) {
        length = Integer.parseInt(text.substring(15).trim());
      }
      first = false;
      line.setLength(0);
    }
  }
}
