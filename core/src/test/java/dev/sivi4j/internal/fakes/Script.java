package dev.sivi4j.internal.fakes;

import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * The replies a fake service gives, in order, and the requests it saw. A request with no reply left
 * fails the test: every request a test causes must be one it expected.
 */
public final class Script {
  private final FakeTime time;
  private final Deque<Reply> replies = new ArrayDeque<>();
  private final List<TransportRequest> requests = new ArrayList<>();

  /**
   * Creates an empty script on a clock.
   *
   * @param time the clock replies may move
   */
  public Script(FakeTime time) {
    this.time = time;
  }

  /**
   * Adds replies at the end.
   *
   * @param more the replies
   * @return this script
   */
  public synchronized Script then(Reply... more) {
    Collections.addAll(replies, more);
    return this;
  }

  /**
   * Adds the same reply several times.
   *
   * @param times how many times
   * @param reply the reply
   * @return this script
   */
  public synchronized Script repeat(int times, Reply reply) {
    for (int i = 0; i < times; i++) {
      replies.add(reply);
    }
    return this;
  }

  /**
   * Records a request and answers it with the next reply.
   *
   * @param request the request
   * @return the response
   * @throws TransportException if the reply is a failure
   */
  public TransportResponse answer(TransportRequest request) throws TransportException {
    record(request);
    return reply(request);
  }

  synchronized void record(TransportRequest request) {
    requests.add(request);
  }

  TransportResponse reply(TransportRequest request) throws TransportException {
    Reply next;
    synchronized (this) {
      next = replies.poll();
      if (next == null) {
        throw new AssertionError("no scripted reply for request #" + requests.size() + ": " + request);
      }
    }
    return next.answer(request, time);
  }

  /**
   * The requests seen so far.
   *
   * @return the requests, in order
   */
  public synchronized List<TransportRequest> requests() {
    return List.copyOf(requests);
  }

  /**
   * How many replies were not used.
   *
   * @return the count
   */
  public synchronized int unused() {
    return replies.size();
  }
}
