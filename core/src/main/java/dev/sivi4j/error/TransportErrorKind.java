package dev.sivi4j.error;

/** What went wrong below HTTP: how a transport failed to get an answer. */
public enum TransportErrorKind {
  /** The connection was refused or could not be made; nothing was sent. */
  CONNECT_FAILED(false, false),
  /** The host name could not be resolved; nothing was sent. */
  UNKNOWN_HOST(false, false),
  /** The TLS handshake failed: untrusted certificate, wrong host, expired, or not TLS at all. */
  TLS_FAILED(false, false),
  /**
   * The HTTP proxy refused to carry the request: it asked for credentials (407 Proxy Authentication
   * Required) that were missing or wrong, or it denied the tunnel. Nothing reached the service; the
   * message names the proxy.
   */
  PROXY_REFUSED(false, false),
  /** The connection was reset after the request may have been sent. */
  CONNECTION_RESET(false, true),
  /** The server closed the connection without an answer after the request may have been sent. */
  CONNECTION_CLOSED(false, true),
  /** The server sent something that is not HTTP. */
  PROTOCOL_ERROR(false, true),
  /** Another I/O failure after the request may have been sent. */
  IO_ERROR(false, true),
  /** The connection could not be made within the connect timeout; nothing was sent. */
  CONNECT_TIMEOUT(true, false),
  /** No pooled connection became free within the pool-acquire timeout; nothing was sent. */
  POOL_ACQUIRE_TIMEOUT(true, false),
  /** No complete answer arrived within the per-attempt timeout. */
  RESPONSE_TIMEOUT(true, true),
  /** The whole-call deadline passed, attempts and waits included. */
  CALL_TIMEOUT(true, true),
  /** The answer was larger than the configured cap and was not read. */
  RESPONSE_TOO_LARGE(false, true),
  /** The calling thread was interrupted. */
  INTERRUPTED(false, true),
  /** The caller cancelled the call. */
  CANCELLED(false, true),
  /** The client was closed. */
  CLIENT_CLOSED(false, false);

  private final boolean timeout;
  private final boolean outcomeUnknown;

  TransportErrorKind(boolean timeout, boolean outcomeUnknown) {
    this.timeout = timeout;
    this.outcomeUnknown = outcomeUnknown;
  }

  /**
   * Whether this is a timeout.
   *
   * @return true for the timeout kinds
   */
  public boolean isTimeout() {
    return timeout;
  }

  /**
   * Whether the service may have received and acted on the request.
   *
   * @return true if the request may have been sent
   */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
