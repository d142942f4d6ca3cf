package dev.sivi4j.testkit;

import dev.sivi4j.KeyKind;

/**
 * The kinds of API key the fake issues. Sivi has three; the client only uses two ({@link KeyKind}),
 * but a test may want to see what a regular key gets.
 *
 * <p>Which paths each may call (the docs are silent on the answer to a wrong key, so the fake's
 * choice is 403 {@code This API key is not allowed to call this endpoint}):
 *
 * <ul>
 *   <li>{@link #GENERAL}: nothing here; every endpoint answers 403, under any prefix ({@code general/}
 *       included, so a regular key sees the refusal rather than a 404).
 *   <li>{@link #SUPER_USER}: {@code super/} and {@code general/} (an alias the live doc pages use),
 *       except account-analysis and export-data; {@code enterprise/} answers 403.
 *   <li>{@link #ENTERPRISE_ADMIN}: {@code enterprise/}, every endpoint; {@code super/} and {@code
 *       general/} answer 403.
 * </ul>
 *
 * <p>Rate limits (a token bucket per key holding a minute's worth, refilling continuously on the fake
 * clock): 50 a minute for general keys and 100 for superuser keys as documented; enterprise limits are
 * "custom", and the fake uses 100 (the enterprise docs' commented-out table and the client's own
 * default), overridable per account.
 */
public enum FakeKeyKind {
  /** A regular Core API key (Power plan). */
  GENERAL(50),
  /** A SuperUser key (Superpower plan). */
  SUPER_USER(100),
  /** An Enterprise Admin key. */
  ENTERPRISE_ADMIN(100);

  private final int requestsPerMinute;

  FakeKeyKind(int requestsPerMinute) {
    this.requestsPerMinute = requestsPerMinute;
  }

  /**
   * The default rate limit of this kind.
   *
   * @return requests per minute
   */
  public int requestsPerMinute() {
    return requestsPerMinute;
  }

  /**
   * The client key kind a key of this kind is sent as: a general key is sent as a superuser key, so
   * a client holding one calls {@code super/} paths and is refused there.
   *
   * @return the client's key kind
   */
  public KeyKind clientKind() {
    return this == ENTERPRISE_ADMIN ? KeyKind.ENTERPRISE_ADMIN : KeyKind.SUPER_USER;
  }
}
