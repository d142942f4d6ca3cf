package dev.sivi4j.testkit;

import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.spi.SiviAsyncTransport;
import dev.sivi4j.spi.SiviTransport;
import dev.sivi4j.testkit.internal.engine.EngineReply;
import dev.sivi4j.testkit.internal.engine.NewAccount;
import dev.sivi4j.testkit.internal.engine.SiviEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A fake of the Sivi service with its documented semantics, for tests: not a stub that echoes canned
 * answers, but an engine with master accounts, end users, credits, usage, analysis, export and rate
 * limits, all on a {@link FakeClock}. It is reached through three faces that behave identically: an
 * in-process blocking transport, an in-process async transport, and {@link FakeSiviServer} on loopback.
 *
 * <p>State lives in the instance; nothing is shared between fakes. Thread-safe.
 *
 * <p>The rules it follows, including every choice made where Sivi's documentation is silent or
 * contradicts itself, are listed in the {@linkplain dev.sivi4j.testkit package documentation}.
 */
public final class FakeSivi {
  private final FakeClock clock;
  private final long seed;
  private final SiviEngine engine;
  private final Faults faults = new Faults();
  private final Journal journal;
  private final Dispatcher dispatcher;
  private final List<FakeAccount> accounts = new CopyOnWriteArrayList<>();

  private FakeSivi(Builder builder) {
    this.clock = builder.clock;
    this.seed = builder.seed;
    this.engine = new SiviEngine(clock, seed, builder.rateLimiting);
    this.journal = new Journal(builder.journalCapacity);
    this.dispatcher = new Dispatcher(engine, faults, journal, clock);
  }

  /**
   * A fake with the defaults: a {@link FakeClock#system()} clock, seed 1, rate limits on.
   *
   * @return a new fake
   */
  public static FakeSivi create() {
    return builder().build();
  }

  /**
   * Starts configuring a fake.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The clock every rule reads; advance it to reach retention, billing and rate-limit boundaries.
   *
   * @return the clock
   */
  public FakeClock clock() {
    return clock;
  }

  /**
   * The injected faults.
   *
   * @return the fault registry
   */
  public Faults faults() {
    return faults;
  }

  /**
   * The requests received.
   *
   * @return the journal
   */
  public Journal journal() {
    return journal;
  }

  /**
   * Switches the rate limits on or off.
   *
   * @param enabled true to enforce them
   */
  public void rateLimiting(boolean enabled) {
    engine.rateLimiting(enabled);
  }

  /**
   * Opens a master account of the given kind with the defaults.
   *
   * @param kind the key kind
   * @return the account
   */
  public FakeAccount createAccount(FakeKeyKind kind) {
    return createAccount(AccountSpec.of(kind));
  }

  /**
   * Opens a master account.
   *
   * @param spec its kind, credits, rate limit and key
   * @return the account
   * @throws IllegalArgumentException if the key is already another account's
   */
  public FakeAccount createAccount(AccountSpec spec) {
    Objects.requireNonNull(spec, "spec");
    NewAccount created =
        engine.createAccount(spec.kind(), spec.creditsPerCycle(), spec.requestsPerMinute(), spec.secret());
    FakeAccount account = new FakeAccount(this, created.accountId(), spec.kind(), created.secret(), spec.creditsPerCycle());
    accounts.add(account);
    return account;
  }

  /**
   * Gives a master account another key, so that one account is reachable through keys of several kinds (say a
   * superuser key and an enterprise admin key sharing users and credits). The new key has its kind's default
   * rate limit of its own.
   *
   * @param account the account
   * @param kind the new key's kind
   * @return the same account, as reached through the new key
   */
  public FakeAccount createKey(FakeAccount account, FakeKeyKind kind) {
    Objects.requireNonNull(kind, "kind");
    NewAccount created = engine.addKey(owned(account), kind, null);
    FakeAccount key = new FakeAccount(this, created.accountId(), kind, created.secret(), account.creditsPerCycle());
    accounts.add(key);
    return key;
  }

  /**
   * Every key of this fake with its account, in the order created.
   *
   * @return the accounts, one entry per key
   */
  public List<FakeAccount> accounts() {
    return List.copyOf(accounts);
  }

  /**
   * Starts over without new keys: forgets every end user, all recorded usage and credits used, every fault and
   * the journal, and refills every rate limit. Accounts, keys and the clock stay as they are.
   */
  public void reset() {
    faults.clear();
    engine.reset();
    journal.clear();
  }

  /**
   * The backdoor that stands for an end user's activity in the Sivi widget: generating, editing and
   * downloading designs, uploading media. It is debited from the user's limit and the master pool in
   * the current billing cycle, and feeds account-analysis and export-data. It is not a request, so it
   * is not in the journal and has no faults.
   *
   * @param account the master account
   * @param userId the end user, who must exist and not be deleted
   * @param usage what they did
   * @return 200 if recorded; 400 for an unknown or deleted user; 429 {@code Insufficient credit limit}
   *     when the cost exceeds what the user's limit or the pool leaves, in which case nothing is debited
   */
  public UsageResult recordUsage(FakeAccount account, AbstractUserId userId, Usage usage) {
    Objects.requireNonNull(usage, "usage");
    EngineReply reply = engine.recordUsage(owned(account), userId.value(), usage);
    return new UsageResult(reply.status(), reply.message() == null ? "Usage recorded" : reply.message());
  }

  /**
   * An end user as it is now; deleted users are kept until purged.
   *
   * @param account the master account
   * @param userId the user
   * @return the user, or empty if unknown or purged
   */
  public Optional<UserSnapshot> user(FakeAccount account, AbstractUserId userId) {
    return engine.user(owned(account), userId.value());
  }

  /**
   * An end user of the fake's only account, for the common test with one account.
   *
   * @param userId the user
   * @return the user, or empty if unknown or purged
   * @throws IllegalStateException unless exactly one account was opened; name it with {@link
   *     #user(FakeAccount, AbstractUserId)}
   */
  public Optional<UserSnapshot> user(AbstractUserId userId) {
    // One entry per key: keys made with createKey share their account.
    List<FakeAccount> opened = List.copyOf(accounts);
    long distinct = opened.stream().map(FakeAccount::id).distinct().count();
    if (distinct != 1) {
      throw new IllegalStateException(
          "fake.user(userId) needs exactly one account, but " + distinct
              + " were opened; name the account with fake.user(account, userId)");
    }
    return user(opened.get(0), userId);
  }

  /**
   * A master account's credits in the current billing cycle.
   *
   * @param account the account
   * @return the pool
   */
  public CreditPool creditPool(FakeAccount account) {
    return engine.pool(owned(account));
  }

  /**
   * Whether an access token from login-user would still be accepted: issued less than an hour ago
   * (on the fake clock) to a user that is not deleted.
   *
   * @param accessToken the token
   * @return true if active
   */
  public boolean accessTokenActive(String accessToken) {
    return engine.accessTokenActive(Objects.requireNonNull(accessToken, "accessToken"));
  }

  /**
   * The in-process blocking face, for a client you assemble yourself.
   *
   * @return a transport; closing it does nothing
   */
  public SiviTransport blockingTransport() {
    return new InProcessTransport(dispatcher, clock);
  }

  /**
   * The in-process async face: completes on daemon threads, never on the caller's, and never sleeps.
   *
   * @return a transport; closing it does nothing
   */
  public SiviAsyncTransport asyncTransport() {
    return new InProcessAsyncTransport(dispatcher, clock);
  }

  /**
   * The configuration in-process clients use: the account's key, a base URL that never resolves, no
   * client-side rate limit, and otherwise sivi4j's defaults.
   *
   * @param account the account
   * @return a builder to adjust
   */
  public SiviConfig.Builder inProcessConfig(FakeAccount account) {
    return Clients.inProcessConfig(account);
  }

  /**
   * A blocking client over the in-process face. Its pipeline runs on this fake's clock: retry waits
   * and injected latency advance the clock instead of blocking.
   *
   * @param account the account whose key it sends
   * @return the client
   */
  public SiviClient blockingClient(FakeAccount account) {
    return blockingClient(account, UnaryOperator.identity());
  }

  /**
   * Like {@link #blockingClient(FakeAccount)}, with adjustments to its configuration.
   *
   * @param account the account
   * @param customizer changes to {@link #inProcessConfig(FakeAccount)}
   * @return the client
   */
  public SiviClient blockingClient(FakeAccount account, UnaryOperator<SiviConfig.Builder> customizer) {
    return Clients.blocking(Clients.customize(account, customizer), blockingTransport(), clock, seed);
  }

  /**
   * An async client over the in-process face, on this fake's clock.
   *
   * @param account the account whose key it sends
   * @return the client
   */
  public SiviAsyncClient asyncClient(FakeAccount account) {
    return asyncClient(account, UnaryOperator.identity());
  }

  /**
   * Like {@link #asyncClient(FakeAccount)}, with adjustments to its configuration.
   *
   * @param account the account
   * @param customizer changes to {@link #inProcessConfig(FakeAccount)}
   * @return the client
   */
  public SiviAsyncClient asyncClient(FakeAccount account, UnaryOperator<SiviConfig.Builder> customizer) {
    return Clients.async(Clients.customize(account, customizer), asyncTransport(), clock, seed);
  }

  /**
   * Starts this fake's HTTP face on {@code 127.0.0.1}, on a free port.
   *
   * @return the running server; close it when done
   * @throws UncheckedIOException if no port could be bound
   */
  public FakeSiviServer startServer() {
    try {
      return FakeSiviServer.start(this, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("the fake Sivi server could not start", e);
    }
  }

  Dispatcher dispatcher() {
    return dispatcher;
  }

  private String owned(FakeAccount account) {
    Objects.requireNonNull(account, "account");
    if (!account.belongsTo(this)) {
      throw new IllegalArgumentException(account + " does not belong to this fake");
    }
    return account.id();
  }

  @Override
  public String toString() {
    return "FakeSivi[" + clock + ", " + journal.requestCount() + " requests]";
  }

  /** Configures a {@link FakeSivi}. */
  public static final class Builder {
    private FakeClock clock = FakeClock.system();
    private long seed = 1;
    private boolean rateLimiting = true;
    private int journalCapacity = 10_000;

    private Builder() {}

    /**
     * Uses this clock (default: {@link FakeClock#system()}).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(FakeClock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Seeds every id, token, drawn key and client backoff jitter (default 1), so a run repeats.
     *
     * @param value the seed
     * @return this builder
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * Enforces the per-key rate limits or not (default: enforced).
     *
     * @param enabled true to enforce
     * @return this builder
     */
    public Builder rateLimiting(boolean enabled) {
      this.rateLimiting = enabled;
      return this;
    }

    /**
     * How many recent requests the journal keeps (default 10,000).
     *
     * @param requests at least 1
     * @return this builder
     */
    public Builder journalCapacity(int requests) {
      if (requests < 1) {
        throw new IllegalArgumentException("journalCapacity must be at least 1 (was " + requests + ")");
      }
      this.journalCapacity = requests;
      return this;
    }

    /**
     * Builds the fake.
     *
     * @return a new, empty fake
     */
    public FakeSivi build() {
      return new FakeSivi(this);
    }
  }
}
