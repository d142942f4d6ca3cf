package dev.sivi4j.testkit.internal.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small HTTP/1.1 server on {@code 127.0.0.1} for tests, with socket-level fault injection.
 *
 * <p>One acceptor thread hands each connection to its own pooled daemon thread (named {@code sivi-fake-http-N}),
 * which reads requests (keep-alive and pipelining supported; bodies by {@code Content-Length} or chunked), calls
 * the {@link HttpHandler} and writes the {@link HttpReply} in one buffered write, or plays its {@link WireFault}.
 * Request heads are capped at 16 KiB ({@code 431}) and bodies at 4 MiB ({@code 413}); a request that is not
 * HTTP/1.x gets {@code 400}. Each of these closes the connection. At most {@value #MAX_CONNECTIONS} connections
 * are served at once; more are answered {@code 503} and closed.
 *
 * <p>{@link #close()} stops accepting, closes every connection (which ends any fault that is waiting), interrupts
 * handlers still running and returns once all of the server's threads have ended. A handler that ignores
 * interruption and never returns keeps its thread; {@code close()} stops waiting for it after a few seconds.
 */
public final class LoopbackHttpServer implements AutoCloseable {
  /** The most connections served at once. */
  public static final int MAX_CONNECTIONS = 1024;

  private static final AtomicInteger THREAD_NUMBERS = new AtomicInteger();
  private static final int BACKLOG = 1024;
  private static final Duration ACCEPT_RETRY = Duration.ofMillis(10);
  private static final long CLOSE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final String BUSY_TEXT = "too many open connections\n";
  private static final byte[] BUSY = ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: "
      + BUSY_TEXT.length() + "\r\nConnection: close\r\n\r\n" + BUSY_TEXT).getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket serverSocket;
  private final HttpHandler handler;
  private final URI baseUri;
  private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final ThreadPoolExecutor pool;
  private final Thread acceptor;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicLong served = new AtomicLong();

  private LoopbackHttpServer(ServerSocket serverSocket, HttpHandler handler) {
    this.serverSocket = serverSocket;
    this.handler = handler;
    this.baseUri = URI.create("http://127.0.0.1:" + serverSocket.getLocalPort());
    this.pool = new ThreadPoolExecutor(0, MAX_CONNECTIONS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
        this::newThread);
    this.acceptor = newThread(this::acceptLoop);
  }

  /**
   * Binds {@code 127.0.0.1} and starts serving.
   *
   * @param port the port to bind, or 0 for any free port
   * @param handler answers every request
   * @return the running server
   * @throws IOException when the port cannot be bound
   */
  public static LoopbackHttpServer start(int port, HttpHandler handler) throws IOException {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    Objects.requireNonNull(handler, "handler");
    ServerSocket serverSocket = new ServerSocket();
    try {
      serverSocket.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), BACKLOG);
    } catch (IOException | RuntimeException e) {
      serverSocket.close();
      throw e;
    }
    LoopbackHttpServer server = new LoopbackHttpServer(serverSocket, handler);
    server.acceptor.start();
    return server;
  }

  /**
   * The bound port.
   *
   * @return the port, never 0
   */
  public int port() {
    return serverSocket.getLocalPort();
  }

  /**
   * The address to send requests to.
   *
   * @return {@code http://127.0.0.1:<port>}, without a trailing slash
   */
  public URI baseUri() {
    return baseUri;
  }

  /**
   * The client connections open right now. A connection the client closes is counted until the server notices,
   * which happens at once for an idle connection.
   *
   * @return the number of open connections
   */
  public int openConnections() {
    return sockets.size();
  }

  /**
   * How many requests reached the handler so far, counted before their reply is written. Requests refused
   * while being read ({@code 400}, {@code 413}, {@code 431}) are not counted.
   *
   * @return the number of handled requests
   */
  public long requestsServed() {
    return served.get();
  }

  /**
   * Stops accepting, closes every open connection and waits (up to a few seconds) for the server's threads to
   * end. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    stopped.countDown();
    closeQuietly(serverSocket);
    sockets.forEach(LoopbackHttpServer::closeQuietly);
    pool.shutdownNow();
    long deadline = System.nanoTime() + CLOSE_WAIT_NANOS;
    try {
      for (Thread thread : threads) {
        long left = deadline - System.nanoTime();
        if (left > 0 && thread != Thread.currentThread()) { // a handler may close its own server
          TimeUnit.NANOSECONDS.timedJoin(thread, left);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "LoopbackHttpServer[" + baseUri + (closed.get() ? ", closed]" : "]");
  }

  boolean stopping() {
    return closed.get();
  }

  /**
   * Waits, unless the server closes first.
   *
   * @return true when the whole delay passed, false when the server closed (or the thread was interrupted)
   */
  boolean pause(Duration delay) {
    long nanos;
    try {
      nanos = delay.toNanos();
    } catch (ArithmeticException tooLong) {
      nanos = Long.MAX_VALUE;
    }
    try {
      return !stopped.await(nanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Calls the handler; its failures become a plain-text 500 naming the exception class only. */
  HttpReply dispatch(HttpRequestData request) {
    HttpReply reply;
    try {
      reply = handler.handle(request);
      if (reply == null) {
        reply = failure("the handler returned no reply");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reply = failure("the handler was interrupted");
    } catch (Exception e) {
      reply = failure("the handler failed with " + e.getClass().getName());
    }
    served.incrementAndGet();
    return reply;
  }

  void connectionEnded(Socket socket) {
    sockets.remove(socket);
    closeQuietly(socket);
  }

  private static HttpReply failure(String message) {
    return HttpReply.of(500, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private void acceptLoop() {
    while (!closed.get()) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        pause(ACCEPT_RETRY); // closed by close() (returns at once), or out of file descriptors: try again soon
        continue;
      }
      sockets.add(socket);
      if (closed.get()) { // close() may have swept the set before this socket was in it
        connectionEnded(socket);
        continue;
      }
      try {
        pool.execute(new Connection(this, socket));
      } catch (RejectedExecutionException full) {
        refuse(socket);
      }
    }
  }

  private void refuse(Socket socket) {
    try {
      socket.getOutputStream().write(BUSY);
      socket.shutdownOutput();
    } catch (IOException ignored) {
      // The client is gone already.
    } finally {
      connectionEnded(socket);
    }
  }

  private Thread newThread(Runnable task) {
    threads.removeIf(t -> t.getState() == Thread.State.TERMINATED); // forget finished pool threads
    Thread thread = new Thread(task, "sivi-fake-http-" + THREAD_NUMBERS.incrementAndGet());
    thread.setDaemon(true);
    threads.add(thread);
    return thread;
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // Closing during shutdown: nothing useful to do with a failure.
    }
  }
}
