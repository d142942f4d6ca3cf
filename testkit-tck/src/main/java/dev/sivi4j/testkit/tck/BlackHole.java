package dev.sivi4j.testkit.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A port on {@code 127.0.0.1} where a connection is never made: a listening socket with a backlog of
 * one that never accepts, its accept queue filled by connections made here, so the kernel answers no
 * new SYN and a client's connect hangs until its own timeout. Needs no privileges and touches nothing
 * but loopback.
 */
final class BlackHole implements AutoCloseable {
  private static final int MAX_FILLERS = 16;

  private final ServerSocket listener;
  private final List<Socket> fillers = new ArrayList<>();

  private BlackHole(ServerSocket listener) {
    this.listener = listener;
  }

  static BlackHole open() {
    try {
      ServerSocket listener = new ServerSocket();
      listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
      BlackHole hole = new BlackHole(listener);
      hole.fill();
      return hole;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a black-hole port on 127.0.0.1", e);
    }
  }

  private void fill() throws IOException {
    while (fillers.size() < MAX_FILLERS) {
      Socket socket = new Socket();
      try {
        socket.connect(listener.getLocalSocketAddress(), 100);
        fillers.add(socket);
      } catch (SocketTimeoutException full) {
        socket.close();
        return;
      }
    }
    close();
    throw new IllegalStateException("the accept queue of a backlog-1 socket never filled; cannot black-hole connects");
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort() + ScriptedSivi.BASE_PATH);
  }

  @Override
  public void close() {
    for (Socket socket : fillers) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
    try {
      listener.close();
    } catch (IOException e) {
      // closing anyway
    }
  }
}
