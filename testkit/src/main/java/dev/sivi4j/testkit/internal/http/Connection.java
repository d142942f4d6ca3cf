package dev.sivi4j.testkit.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Serves one client connection: reads requests, asks the handler, writes replies or plays their faults. */
final class Connection implements Runnable {
  private static final int LINGER_MILLIS = 2_000;
  private static final long LINGER_MAX_BYTES = 16L * 1024 * 1024;

  private final LoopbackHttpServer server;
  private final Socket socket;

  Connection(LoopbackHttpServer server, Socket socket) {
    this.server = server;
    this.socket = socket;
  }

  @Override
  public void run() {
    try {
      serve();
    } catch (IOException e) {
      // The client went away or the server is closing: there is nobody left to answer.
    } finally {
      server.connectionEnded(socket);
    }
  }

  private void serve() throws IOException {
    socket.setTcpNoDelay(true);
    InputStream in = socket.getInputStream();
    OutputStream out = socket.getOutputStream();
    RequestReader reader = new RequestReader(in, out);
    ReplyWriter writer = new ReplyWriter(out);
    while (!server.stopping()) {
      HttpRequestData request;
      try {
        request = reader.read();
      } catch (RequestRejectedException e) {
        reject(writer, e);
        return;
      }
      if (request == null) {
        return;
      }
      HttpReply reply = server.dispatch(request);
      if (!answer(reply, reader, writer, in, out)) {
        return;
      }
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

  /** Answers a request the reader refused, then closes without resetting a client that is still sending. */
  private void reject(ReplyWriter writer, RequestRejectedException e) throws IOException {
    byte[] body = (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
    writer.reply(HttpReply.of(e.status(), "text/plain; charset=utf-8", body), true, false, false);
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
