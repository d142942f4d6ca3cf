package dev.sivi4j.testkit.internal.http;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures {@link LoopbackHttpServer} throughput: N client threads, each on its own keep-alive connection, POST a
 * ~100 byte JSON body and read a ~200 byte JSON reply, for a warm-up period and then a measured period.
 *
 * <p>A program, not a test (Surefire skips it). Arguments, all optional: {@code [raw|jdk] [threads] [seconds]
 * [warmupSeconds]}; {@code raw} (default) uses plain sockets, {@code jdk} uses {@code java.net.http.HttpClient}.
 */
public final class LoopbackHttpServerBenchmark {
  private static final byte[] REQUEST_BODY = ("{\"endUserId\":\"user-0001\",\"workspaceId\":\"ws-42\","
      + "\"email\":\"someone@example.com\",\"name\":\"Some One\"}").getBytes(StandardCharsets.US_ASCII);
  private static final byte[] REPLY_BODY = ("{\"status\":200,\"body\":{\"userId\":\"user-0001\",\"workspaceId\":"
      + "\"ws-42\",\"accessToken\":\"at-0123456789abcdef\",\"refreshToken\":\"rt-0123456789abcdef\","
      + "\"creditLimit\":-1,\"active\":true}}").getBytes(StandardCharsets.US_ASCII);

  private static volatile boolean measuring;
  private static volatile boolean running = true;

  private LoopbackHttpServerBenchmark() {}

  /**
   * Runs the benchmark and prints requests per second.
   *
   * @param args {@code [raw|jdk] [threads] [seconds] [warmupSeconds]}
   * @throws Exception when the server cannot start
   */
  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "raw";
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    LongAdder completed = new LongAdder();
    try (LoopbackHttpServer server = LoopbackHttpServer.start(0,
        request -> HttpReply.of(200, "application/json", REPLY_BODY))) {
      HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      List<Thread> clients = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Runnable loop = mode.equals("jdk") ? () -> jdkLoop(jdk, server, completed) : () -> rawLoop(server, completed);
        Thread client = new Thread(loop, "bench-client-" + i);
        client.setDaemon(true);
        client.start();
        clients.add(client);
      }
      Thread.sleep(warmup * 1000L);
      long cpuBefore = serverCpuNanos();
      measuring = true;
      long start = System.nanoTime();
      Thread.sleep(seconds * 1000L);
      measuring = false;
      long elapsed = System.nanoTime() - start;
      long serverCpu = serverCpuNanos() - cpuBefore;
      running = false;
      for (Thread client : clients) {
        client.join(2000);
      }
      double rps = completed.sum() / (elapsed / 1e9);
      System.out.printf("mode=%s threads=%d measured=%ds warmup=%ds requests=%d -> %.0f requests/second,"
          + " server CPU %.1f us/request (%d served in total)%n", mode, threads, seconds, warmup, completed.sum(),
          rps, serverCpu / 1e3 / Math.max(1, completed.sum()), server.requestsServed());
    }
  }

  /** CPU time used so far by the server's threads (those still alive). */
  private static long serverCpuNanos() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("sivi-fake-http-")) {
        total += Math.max(0, mx.getThreadCpuTime(thread.getId()));
      }
    }
    return total;
  }

  private static void rawLoop(LoopbackHttpServer server, LongAdder completed) {
    byte[] request = ("POST /super/login-user HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
        + "\r\nsivi-api-key: sk_test_0000000000000000\r\nContent-Type: application/json\r\n"
        + "Accept: application/json\r\nUser-Agent: sivi4j/0.1.0 Java/17\r\nContent-Length: " + REQUEST_BODY.length
        + "\r\n\r\n" + new String(REQUEST_BODY, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
    try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), server.port())) {
      socket.setTcpNoDelay(true);
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
      byte[] body = new byte[REPLY_BODY.length];
      while (running) {
        out.write(request);
        int length = readHeadForLength(in);
        if (length != body.length || in.readNBytes(body, 0, length) != length) {
          throw new IOException("unexpected reply length " + length);
        }
        if (measuring) {
          completed.increment();
        }
      }
    } catch (IOException e) {
      if (running) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Reads a response head and returns its Content-Length. */
  private static int readHeadForLength(InputStream in) throws IOException {
    int length = -1;
    int lineLength = 0;
    int value = 0;
    boolean inLength = false;
    int matched = 0; // how much of "content-length:" the current line has matched
    String name = "content-length:";
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException();
      }
      if (b == '\n') {
        if (lineLength == 0) {
          return length;
        }
        if (inLength) {
          length = value;
        }
        lineLength = 0;
        matched = 0;
        value = 0;
        inLength = false;
        continue;
      }
      if (b == '\r') {
        continue;
      }
      if (inLength) {
        if (b >= '0' && b <= '9') {
          value = value * 10 + (b - '0');
        }
      } else if (matched == lineLength && matched < name.length() && Character.toLowerCase(b) == name.charAt(matched)) {
        matched++;
        inLength = matched == name.length();
      }
      lineLength++;
    }
  }

  private static void jdkLoop(HttpClient client, LoopbackHttpServer server, LongAdder completed) {
    HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve("/super/login-user"))
        .header("sivi-api-key", "sk_test_0000000000000000").header("Content-Type", "application/json")
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(REQUEST_BODY)).build();
    try {
      while (running) {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.body().length != REPLY_BODY.length) {
          throw new IOException("unexpected reply length " + response.body().length);
        }
        if (measuring) {
          completed.increment();
        }
      }
    } catch (IOException e) {
      if (running) {
        throw new IllegalStateException(e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
