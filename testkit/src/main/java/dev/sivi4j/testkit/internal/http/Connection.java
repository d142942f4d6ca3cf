package dev.sivi4j.testkit.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves one client connection: reads requests, asks the handler, writes replies or plays their faults.
 *
 * <p>It knows whether it is waiting on its client (idle between requests, or reading one) or busy answering, so
 * that a full server can take the slot of the connection that has waited longest ({@link #evict()}). A connection
 * made to refuse ({@code refusing}) reads one request head, answers {@code 503} and closes.
 */
final class Connection implements Runnable, Pacer {
  private static final int LINGER_MILLIS = 2_000;
  private static final long LINGER_MAX_BYTES = 16L * 1024 * 1024;
  private static final int IDLE = 0;
  private static final int READING = 1;
  private static final int BUSY = 2;
  private static final int EVICTED = 3;
  private static final byte[] TIMED_OUT = "the request did not arrive in time\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BUSY_TEXT = "too many open connections\n".getBytes(StandardCharsets.US_ASCII);

  private final LoopbackHttpServer server;
  private final Socket socket;
  private final Limits limits;
  private final boolean refusing;
  private final AtomicInteger state = new AtomicInteger(IDLE);
  private volatile long since = System.nanoTime();
  private volatile boolean evictedMidRequest;
  private final long acceptedAt = System.nanoTime();
  private boolean firstRequest = true;
  private long headDeadline;

  Connection(LoopbackHttpServer server, Socket socket, Limits limits, boolean refusing) {
    this.server = server;
    this.socket = socket;
    this.limits = limits;
    this.refusing = refusing;
  }

  @Override
  public void run() {
    try {
      serve();
    } catch (IOException e) {
      // The client went away or the server is closing: there is nobody left to answer.
    } finally {
      server.connectionEnded(this, socket);
    }
  }

  /** Whether the connection waits on its client, and since when (for choosing whom to evict). */
  boolean waitingOnClient() {
    int s = state.get();
    return s == IDLE || s == READING;
  }

  /** Whether the connection is inside a request its client has not finished sending. */
  boolean readingRequest() {
    return state.get() == READING;
  }

  /** When the connection entered its current state, in {@link System#nanoTime()} terms. */
  long since() {
    return since;
  }

  /**
   * Takes the connection's slot if it is waiting on its client: a connection evicted mid-request is answered
   * {@code 408}, an idle one is closed.
   *
   * @return true when evicted, false when it was busy (or gone) and keeps running
   */
  boolean evict() {
    int s = state.get();
    if ((s != IDLE && s != READING) || !state.compareAndSet(s, EVICTED)) {
      return false;
    }
    evictedMidRequest = s == READING;
    try {
      socket.shutdownInput(); // wakes the connection's thread out of its read
    } catch (IOException e) {
      closeQuietly();
    }
    return true;
  }

  @Override
  public void awaitingRequest() throws IOException {
    if (!moveTo(IDLE)) {
      throw new SocketTimeoutException("evicted");
    }
    if (firstRequest) { // a new connection gets the head timeout, from its accept, to start its first request
      long left = acceptedAt + limits.headerTimeout().toNanos() - System.nanoTime();
      if (left <= 0) {
        throw new SocketTimeoutException("no request arrived");
      }
      socket.setSoTimeout(millis(left));
    } else {
      socket.setSoTimeout(millis(limits.idleTimeout().toNanos()));
    }
  }

  @Override
  public void requestStarted() {
    moveTo(READING);
    headDeadline = (firstRequest ? acceptedAt : System.nanoTime()) + limits.headerTimeout().toNanos();
    firstRequest = false;
  }

  @Override
  public void readingHead() throws IOException {
    long left = headDeadline - System.nanoTime();
    if (left <= 0) {
      throw new SocketTimeoutException("the request head took too long");
    }
    socket.setSoTimeout(millis(left));
  }

  @Override
  public void readingBody() throws IOException {
    socket.setSoTimeout(millis(limits.bodyTimeout().toNanos()));
  }

  private void serve() throws IOException {
    socket.setTcpNoDelay(true);
    InputStream in = socket.getInputStream();
    OutputStream out = socket.getOutputStream();
    RequestReader reader = new RequestReader(in, out, this);
    ReplyWriter writer = new ReplyWriter(out);
    while (!server.stopping()) {
      HttpRequestData request;
      try {
        request = reader.read();
      } catch (RequestRejectedException e) {
        if (moveTo(BUSY)) {
          reject(writer, e.status(), e.getMessage(), Map.of());
        }
        return;
      } catch (IOException e) {
        if (state.get() == EVICTED ? evictedMidRequest : e instanceof SocketTimeoutException && reader.midRequest()) {
          state.set(EVICTED);
          reject(writer, 408, TIMED_OUT, Map.of());
        }
        return;
      }
      if (request == null) {
        return;
      }
      if (!moveTo(BUSY)) { // evicted just as the request was complete
        reject(writer, 408, TIMED_OUT, Map.of());
        return;
      }
      if (refusing) {
        reject(writer, 503, BUSY_TEXT, Map.of("Retry-After", "1"));
        return;
      }
      HttpReply reply = server.dispatch(request);
      if (!answer(reply, reader, writer, in, out)) {
        return;
      }
    }
  }

  private boolean moveTo(int next) {
    while (true) {
      int current = state.get();
      if (current == EVICTED) {
        return false;
      }
      if (current == next) {
        return true;
      }
      since = System.nanoTime();
      if (state.compareAndSet(current, next)) {
        return true;
      }
    }
  }

  private static int millis(long nanos) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(nanos + 999_999)));
  }

  private void closeQuietly() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Already closed.
    }
  }

  /** Writes the reply or plays its fault; true when the connection may serve another request. */
  private boolean answer(HttpReply reply, RequestReader reader, ReplyWriter writer, InputStream in,
      OutputStream out) throws IOException {
    boolean close = !reader.keepAlive() || asksToClose(reply);
    boolean announceKeepAlive = !close && reader.http10();
    boolean head = reader.head();
    WireFault fault = reply.fault();
    if (fault == null) {
      writer.reply(reply, close, announceKeepAlive, head);
      return !close;
    }
    if (fault instanceof WireFault.Latency latency) {
      if (!server.pause(latency.delay())) {
        return false;
      }
      if (latency.closeAfter()) {
        writer.reply(reply, false, announceKeepAlive, head);
        closeCleanly();
        return false;
      }
      writer.reply(reply, close, announceKeepAlive, head);
      return !close;
    }
    if (fault instanceof WireFault.StallBeforeHeaders) {
      discardUntilEndOfStream(in);
      return false;
    }
    if (fault instanceof WireFault.SlowBody slow) {
      byte[] body = reply.body();
      writer.head(reply.status(), reply.headers(), body.length, close, announceKeepAlive);
      writer.flush();
      int end = head || !HttpReply.allowsBody(reply.status()) ? 0 : body.length;
      for (int off = 0; off < end; off += slow.chunkBytes()) {
        if (!server.pause(slow.perChunk())) {
          return false;
        }
        out.write(body, off, Math.min(slow.chunkBytes(), end - off));
      }
      return !close;
    }
    if (fault instanceof WireFault.Truncated truncated) {
      writer.head(reply.status(), reply.headers(), reply.body().length, false, announceKeepAlive);
      writer.append(reply.body(), 0, truncated.bytesToSend());
      writer.flush();
      closeCleanly();
      return false;
    }
    if (fault instanceof WireFault.Reset) {
      socket.setSoLinger(true, 0);
      socket.close();
      return false;
    }
    if (fault instanceof WireFault.CloseAfterRequest) {
      closeCleanly();
      return false;
    }
    if (fault instanceof WireFault.CloseAfterResponse) {
      writer.reply(reply, false, announceKeepAlive, head);
      closeCleanly();
      return false;
    }
    if (fault instanceof WireFault.GarbageThenClose garbage) {
      out.write(garbage.garbage());
      closeCleanly();
      return false;
    }
    if (fault instanceof WireFault.Oversized oversized) {
      writer.head(200, Map.of("Content-Type", "application/json"), oversized.bodyBytes(), close, announceKeepAlive);
      writer.flush();
      if (!head) {
        JsonFiller.write(out, oversized.bodyBytes());
      }
      return !close;
    }
    throw new IllegalStateException("no behaviour defined for fault " + fault);
  }

  private void reject(ReplyWriter writer, int status, String message, Map<String, String> headers)
      throws IOException {
    reject(writer, status, (message + "\n").getBytes(StandardCharsets.UTF_8), headers);
  }

  /** Answers a request refused unread, then closes without resetting a client that is still sending. */
  private void reject(ReplyWriter writer, int status, byte[] body, Map<String, String> headers) throws IOException {
    Map<String, String> all = new java.util.LinkedHashMap<>();
    all.put("Content-Type", "text/plain; charset=utf-8");
    all.putAll(headers);
    writer.reply(new HttpReply(status, all, body, null), true, false, false);
    socket.shutdownOutput();
    socket.setSoTimeout(250);
    long deadline = System.nanoTime() + LINGER_MILLIS * 1_000_000L;
    long drained = 0;
    byte[] scratch = new byte[8192];
    InputStream in = socket.getInputStream();
    try {
      while (drained < LINGER_MAX_BYTES && System.nanoTime() < deadline) {
        int n = in.read(scratch);
        if (n < 0) {
          break;
        }
        drained += n;
      }
    } catch (SocketTimeoutException quiet) {
      // The client stopped sending; closing now will not cut off a request in flight.
    }
  }

  private void closeCleanly() throws IOException {
    socket.shutdownOutput(); // FIN after everything written, before close
    socket.close();
  }

  private static void discardUntilEndOfStream(InputStream in) throws IOException {
    byte[] scratch = new byte[1024];
    while (in.read(scratch) >= 0) {
      // Holding the connection: anything more the client sends is ignored.
    }
  }

  private static boolean asksToClose(HttpReply reply) {
    String connection = reply.header("Connection");
    if (connection == null) {
      return false;
    }
    for (String token : connection.split(",")) {
      if (token.trim().equalsIgnoreCase("close")) {
        return true;
      }
    }
    return false;
  }
}
