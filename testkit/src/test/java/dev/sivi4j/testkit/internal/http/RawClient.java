package dev.sivi4j.testkit.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A byte-level HTTP/1.1 client for observing exactly what the server puts on the wire. */
final class RawClient implements AutoCloseable {
  final Socket socket;
  final InputStream in;
  final OutputStream out;

  private RawClient(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream(); // unbuffered on purpose: reads show how bytes arrive
    this.out = socket.getOutputStream();
  }

  static RawClient connect(LoopbackHttpServer server) throws IOException {
    Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), server.port());
    socket.setSoTimeout(5_000);
    socket.setTcpNoDelay(true);
    return new RawClient(socket);
  }

  static String post(String path, String body) {
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
  }

  RawClient send(String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
    return this;
  }

  /** Reads a status line and headers. */
  Head readHead() throws IOException {
    String statusLine = readLine();
    if (!statusLine.startsWith("HTTP/1.1 ")) {
      throw new IOException("not a status line: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    Map<String, String> headers = new HashMap<>();
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      int colon = line.indexOf(':');
      headers.putIfAbsent(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    return new Head(status, headers);
  }

  /** Reads a whole response framed by Content-Length. */
  Response readResponse() throws IOException {
    Head head = readHead();
    byte[] body = in.readNBytes(head.contentLength());
    if (body.length < head.contentLength()) {
      throw new EOFException("body ended after " + body.length + " bytes");
    }
    return new Response(head.status(), head.headers(), new String(body, StandardCharsets.UTF_8));
  }

  /** Reads until the server closes the connection. */
  byte[] readToEnd() throws IOException {
    return in.readAllBytes();
  }

  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new EOFException("end of stream inside the response head");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  record Head(int status, Map<String, String> headers) {
    int contentLength() {
      return Integer.parseInt(headers.getOrDefault("content-length", "0"));
    }
  }

  record Response(int status, Map<String, String> headers, String body) {}
}
