package dev.sivi4j.testkit.internal.http;

/** A request the server refuses to read further; answered with {@link #status()} and the connection closed. */
final class RequestRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;

  RequestRejectedException(int status, String message) {
    super(message, null, false, false); // control flow on a hot path: no stack trace
    this.status = status;
  }

  int status() {
    return status;
  }
}
