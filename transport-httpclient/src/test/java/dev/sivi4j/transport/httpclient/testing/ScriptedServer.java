package dev.sivi4j.transport.httpclient.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server (the JDK's) that records every request and answers from a script: queued
 * replies first, then the fallback reply for everything after.
 */
public final class ScriptedServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final List<Integer> clientPorts = new CopyOnWriteArrayList<>();
  private final Deque<Reply> script = new ArrayDeque<>();
  private Reply fallback = Reply.envelope(200, "{\"message\":\"ok\"}");

  private ScriptedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "scripted-server");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server on 127.0.0.1 and a free port. */
  public static ScriptedServer start() {
    try {
      return new ScriptedServer();
    } catch (IOException e) {
      throw new IllegalStateException("could not start the test server", e);
    }
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI baseUrl() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  /** Queues replies for the next requests, in order. */
  public synchronized ScriptedServer reply(Reply... replies) {
    script.addAll(List.of(replies));
    return this;
  }

  /** The reply for every request once the queue is empty. */
  public synchronized ScriptedServer replyAlways(Reply reply) {
    fallback = reply;
    return this;
  }

  /** The requests received so far. */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The client-side port of each request's connection: equal ports mean a reused connection. */
  public List<Integer> clientPorts() {
    return List.copyOf(clientPorts);
  }

  private synchronized Reply next() {
    return script.isEmpty() ? fallback : script.poll();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, List<String>> headers = new TreeMap<>();
      exchange.getRequestHeaders()
          .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
      clientPorts.add(exchange.getRemoteAddress().getPort());
      requests.add(
          new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), Map.copyOf(headers), body));
      next().send(exchange, stopped);
    } catch (IOException e) {
      // The client went away (an aborted or timed-out attempt): nothing to answer.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (stopped.getCount() == 0) {
      return;
    }
    stopped.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
