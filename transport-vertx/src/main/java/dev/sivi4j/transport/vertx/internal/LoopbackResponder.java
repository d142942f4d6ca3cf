package dev.sivi4j.transport.vertx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The warm-up's stand-in for the service: a loopback HTTP/1.1 socket on a free port, on a daemon
 * thread of its own, that answers every {@code POST} with a canned success envelope of the operation
 * its path names. It serves only the warm-up's throwaway client, and only until closed.
 */
final class LoopbackResponder implements AutoCloseable {
  private final ServerSocket socket;
  private final Thread thread;

  private LoopbackResponder(ServerSocket socket) {
    this.socket = socket;
    this.thread = new Thread(this::serve, "sivi4j-warm-up-responder");
    thread.setDaemon(true);
  }

  static LoopbackResponder start() throws IOException {
    LoopbackResponder responder = new LoopbackResponder(new ServerSocket(0, 4, InetAddress.getLoopbackAddress()));
    responder.thread.start();
    return responder;
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/api");
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        connection.setSoTimeout(10_000);
        InputStream in = connection.getInputStream();
        OutputStream out = connection.getOutputStream();
        for (String head = head(in); head != null; head = head(in)) {
          skip(in, contentLength(head));
          byte[] body = answer(head);
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
          out.write(body);
          out.flush();
        }
      } catch (IOException closedOrGone) {
        // Closed by close(), or the client hung up: either way this connection is done.
      }
    }
  }

  /** The request line and headers, or null at the end of the connection. */
  private static String head(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring("content-length:".length()).strip());
      }
    }
    return 0;
  }

  private static void skip(InputStream in, int length) throws IOException {
    for (int left = length; left > 0; left--) {
      if (in.read() < 0) {
        throw new IOException("the request body ended early");
      }
    }
  }

  private static byte[] answer(String head) {
    String requestLine = head.substring(0, head.indexOf('\r'));
    if (requestLine.contains("/login-user")) {
      return WarmUp.LOGIN;
    }
    if (requestLine.contains("/account-analysis")) {
      return WarmUp.ANALYSIS;
    }
    return WarmUp.MESSAGE;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
