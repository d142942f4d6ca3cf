package dev.sivi4j.testkit.internal.engine;

import dev.sivi4j.testkit.FakeKeyKind;

/** One API key: its kind, its own rate limit, and the master account it reaches. */
final class AccountKey {
  final String secret;
  final FakeKeyKind kind;
  final int perMinute;
  final MasterAccount account;
  volatile TokenBucket bucket;

  AccountKey(String secret, FakeKeyKind kind, int perMinute, MasterAccount account, long nowNanos) {
    this.secret = secret;
    this.kind = kind;
    this.perMinute = perMinute;
    this.account = account;
    this.bucket = new TokenBucket(perMinute, nowNanos);
  }

  /** Refills the rate limit. */
  void refill(long nowNanos) {
    bucket = new TokenBucket(perMinute, nowNanos);
  }
}
