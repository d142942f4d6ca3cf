package dev.sivi4j.testkit;

import dev.sivi4j.ApiKey;
import java.util.Objects;

/**
 * A master account of a {@link FakeSivi}: one API key, its kind, and a credit pool for its end users.
 * Its {@code toString} never shows the key.
 */
public final class FakeAccount {
  private final String id;
  private final FakeKeyKind kind;
  private final String secret;
  private final long creditsPerCycle;
  private final Object owner;

  FakeAccount(Object owner, String id, FakeKeyKind kind, String secret, long creditsPerCycle) {
    this.owner = Objects.requireNonNull(owner, "owner");
    this.id = Objects.requireNonNull(id, "id");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.secret = Objects.requireNonNull(secret, "secret");
    this.creditsPerCycle = creditsPerCycle;
  }

  /**
   * The fake's id for this account, as the journal shows it.
   *
   * @return for example {@code acct-1}
   */
  public String id() {
    return id;
  }

  /**
   * The key's kind.
   *
   * @return the kind
   */
  public FakeKeyKind kind() {
    return kind;
  }

  /**
   * The key as a client sends it (see {@link FakeKeyKind#clientKind()} for general keys).
   *
   * @return the key
   */
  public ApiKey apiKey() {
    return ApiKey.of(kind.clientKind(), secret);
  }

  /**
   * The raw key, for clients in other languages. A secret like any key: do not log it.
   *
   * @return the key
   */
  public String secret() {
    return secret;
  }

  /**
   * The credits granted to this account each billing cycle.
   *
   * @return credits
   */
  public long creditsPerCycle() {
    return creditsPerCycle;
  }

  boolean belongsTo(Object fake) {
    return owner == fake;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FakeAccount that && that.owner == owner && that.id.equals(id) && that.secret.equals(secret);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "FakeAccount[" + id + ", " + kind + ", ***]";
  }
}
