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
import org.jspecify.annotations.Nullable;

/**
 * A small HTTP/1.1 server on {@code 127.0.0.1} for tests, with socket-level fault injection.
 *
 * <p>One acceptor thread hands each connection to its own pooled daemon thread (named {@code sivi-fake-http-N}),
 * which reads requests (keep-alive and pipelining supported; bodies by {@code Content-Length} or chunked), calls
 * the {@link HttpHandler} and writes the {@link HttpReply} in one buffered write, or plays its {@link WireFault}.
 * Request heads are capped at 16 KiB ({@code 431}) and bodies at 4 MiB ({@code 413}); a request that is not
 * HTTP/1.x gets {@code 400}, and so does an HTTP/1.1 request without exactly one {@code Host}, or whose path has
 * a malformed percent-encoding. Each of these closes the connection.
 *
 * <p>A client cannot starve the others (see {@link Limits}): a request head must arrive within the head timeout
 * and a body must not stall past the body timeout, else {@code 408} and close; an idle kept-alive connection is
 * closed after the idle timeout. At most {@link Limits#maxConnections()} connections are served at once. When a
 * new one arrives at the cap, the connection that has waited longest on its client (mid-request first, then
 * idle) gives up its slot ({@code 408} if it was mid-request); only when every connection is busy answering is
 * the newcomer refused: its request head is read, then answered {@code 503} with {@code Retry-After: 1}.
 *
 * <p>{@link #close()} stops accepting, closes every connection (which ends any fault that is waiting), interrupts
 * handlers still running and returns once all of the server's threads have ended. A handler that ignores
 * interruption and never returns keeps its thread; {@code close()} stops waiting for it after a few seconds.
 */
public final class LoopbackHttpServer implements AutoCloseable {
  /** The most connections served at once by default. */
  public static final int MAX_CONNECTIONS = Limits.DEFAULT_MAX_CONNECTIONS;

  private static final AtomicInteger THREAD_NUMBERS = new AtomicInteger();
  private static final int BACKLOG = 4096; // a burst of connects waits in the kernel, not in SYN retransmits
  private static final Duration ACCEPT_RETRY = Duration.ofMillis(10);
  private static final long CLOSE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);
  /** Connections over the cap being read before their 503; beyond this many they are closed unanswered. */
  private static final int MAX_REFUSING = 64;

  private final ServerSocket serverSocket;
  private final HttpHandler handler;
  private final Limits limits;
  private final URI baseUri;
  private final Set<Connection> admitted = ConcurrentHashMap.newKeySet();
  private final AtomicInteger refusing = new AtomicInteger();
  private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final ThreadPoolExecutor pool;
  private final Thread acceptor;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicLong served = new AtomicLong();
  private final AtomicLong accepted = new AtomicLong();

  private LoopbackHttpServer(ServerSocket serverSocket, HttpHandler handler, Limits limits) {
    this.serverSocket = serverSocket;
    this.handler = handler;
    this.limits = limits;
    this.baseUri = URI.create("http://127.0.0.1:" + serverSocket.getLocalPort());
    // Unbounded threads: the cap is kept by admission below, plus a few refusals and evicted ones closing.
    this.pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
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
    return start(port, Limits.defaults(), handler);
  }

  /**
   * Binds {@code 127.0.0.1} and starts serving within the given limits.
   *
   * @param port the port to bind, or 0 for any free port
   * @param limits the timeouts and the connection cap
   * @param handler answers every request
   * @return the running server
   * @throws IOException when the port cannot be bound
   */
  public static LoopbackHttpServer start(int port, Limits limits, HttpHandler handler) throws IOException {
    Objects.requireNonNull(limits, "limits");
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
    LoopbackHttpServer server = new LoopbackHttpServer(serverSocket, handler, limits);
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
   * How many connections the server has accepted so far, refused and closed ones included.
   *
   * @return the number of accepted connections
   */
  public long connectionsAccepted() {
    return accepted.get();
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

  void connectionEnded(Connection connection, Socket socket) {
    if (!admitted.remove(connection)) {
      refusing.decrementAndGet(); // an evicted connection was removed already; see admit()
    }
    connectionEnded(socket);
  }

  private void connectionEnded(Socket socket) {
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
      accepted.incrementAndGet();
      if (closed.get()) { // close() may have swept the set before this socket was in it
        connectionEnded(socket);
        continue;
      }
      try {
        pool.execute(admit(socket));
      } catch (RejectedExecutionException | IllegalStateException cannotServe) {
        connectionEnded(socket);
      }
    }
  }

  /**
   * Gives the new connection a slot, taking one from the connection that has waited longest on its client when
   * the server is full; or, when every connection is busy, a connection that only refuses (counted in
   * {@code refusing} until it ends, as are evicted connections, which leave {@code admitted} at once).
   */
  private Connection admit(Socket socket) {
    if (admitted.size() >= limits.maxConnections()) {
      Connection victim = longestWaiting();
      if (victim != null && admitted.remove(victim)) {
        refusing.incrementAndGet(); // until its thread ends
        if (!victim.evict()) { // it got busy meanwhile: it keeps running, and keeps its slot
          refusing.decrementAndGet();
          admitted.add(victim);
        }
      }
    }
    if (admitted.size() < limits.maxConnections()) {
      Connection connection = new Connection(this, socket, limits, false);
      admitted.add(connection);
      return connection;
    }
    if (refusing.incrementAndGet() > MAX_REFUSING) {
      refusing.decrementAndGet();
      throw new IllegalStateException("too many connections are being refused already");
    }
    return new Connection(this, socket, limits, true);
  }

  private @Nullable Connection longestWaiting() {
    Connection oldestReading = null;
    Connection oldestIdle = null;
    for (Connection c : admitted) {
      if (!c.waitingOnClient()) {
        continue;
      }
      if (c.readingRequest()) {
        if (oldestReading == null || c.since() - oldestReading.since() < 0) {
          oldestReading = c;
        }
      } else if (oldestIdle == null || c.since() - oldestIdle.since() < 0) {
        oldestIdle = c;
      }
    }
    return oldestReading != null ? oldestReading : oldestIdle;
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
