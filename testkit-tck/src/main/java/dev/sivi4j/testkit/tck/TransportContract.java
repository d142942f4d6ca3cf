package dev.sivi4j.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.KeyKind;
import dev.sivi4j.RateLimit;
import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.error.SiviException;
import dev.sivi4j.testkit.AccountSpec;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.internal.http.HttpReply;
import java.net.URI;
import java.security.KeyStore;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * What every contract shares: the factory a transport implements, the servers and clients a test makes
 * (all closed after it, once the leak check has passed), and the way a call is timed and its outcome
 * scanned for the canary key.
 *
 * <p>A transport takes part through one {@link TransportUnderTest}, given to the constructor; everything
 * else is the contracts' own.
 */
public abstract class TransportContract {
  /** The slack a call may take beyond its whole-call deadline. */
  static final Duration DEADLINE_SLACK = Duration.ofMillis(250);

  /** Three attempts, with waits of at most 20 ms between them. */
  static final RetryPolicy FAST_RETRIES =
      RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(20));

  /** Timeouts no healthy loopback call comes near, for tests where time is not the fault. */
  static final Timeouts RELAXED =
      new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));

  static final AbstractUserId USER = AbstractUserId.of("user-12345");

  private final Deque<AutoCloseable> resources = new ArrayDeque<>();
  private final TransportUnderTest transport;

  /**
   * For subclasses.
   *
   * @param transport the transport under test, fresh for this test
   */
  protected TransportContract(TransportUnderTest transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /**
   * A client of the transport under test; see {@link TransportUnderTest#newClient}.
   *
   * @param config the configuration to honour
   * @return the client
   */
  protected final SiviClient newClient(SiviConfig config) {
    return transport.newClient(config);
  }

  /**
   * A client that trusts only {@code trustStore}; see {@link TransportUnderTest#newClientTrusting}.
   *
   * @param config the configuration
   * @param trustStore the trust store
   * @return the client
   */
  protected final SiviClient newClientTrusting(SiviConfig config, KeyStore trustStore) {
    return transport.newClientTrusting(config, trustStore);
  }

  /**
   * Tests this transport is known to fail, by test method name, each with the reason (name the bug).
   * They are reported as skipped with that reason instead of failing the build; remove an entry to run
   * its test again once the bug is fixed.
   *
   * @return reasons by test method name; empty by default
   */
  protected Map<String, String> knownIssues() {
    return Map.of();
  }

  @BeforeEach
  void skipKnownIssues(TestInfo test) {
    String issue = knownIssues().get(test.getTestMethod().map(Method::getName).orElse(""));
    Assumptions.assumeTrue(issue == null, () -> "known issue of this transport: " + issue);
  }

  @AfterEach
  void checkLeaksThenCloseEverything() throws Exception {
    try {
      transport.assertNoConnectionLeaks();
    } finally {
      Exception first = null;
      while (!resources.isEmpty()) {
        try {
          resources.pop().close();
        } catch (Exception e) {
          if (first == null) {
            first = e;
          }
        }
      }
      if (first != null) {
        throw first;
      }
    }
  }

  /** Closes a resource after the test, in the reverse order of tracking. */
  final <T extends AutoCloseable> T track(T resource) {
    resources.push(resource);
    return resource;
  }

  /** A client from {@link #newClient}, closed after the test; its {@code toString} is scanned too. */
  final SiviClient client(SiviConfig config) {
    Canary.scanToString(config);
    SiviClient client = track(newClient(config));
    Canary.scanToString(client);
    return client;
  }

  /** A fresh fake on loopback with rate limiting off, closed after the test. */
  final FakeSiviServer fakeServer() {
    FakeSivi fake = FakeSivi.create();
    fake.rateLimiting(false);
    return track(fake.startServer());
  }

  /** An account of the fake whose key is the canary key of the kind. */
  static FakeAccount canaryAccount(FakeSivi fake, KeyKind kind) {
    FakeKeyKind fakeKind = kind == KeyKind.SUPER_USER ? FakeKeyKind.SUPER_USER : FakeKeyKind.ENTERPRISE_ADMIN;
    return fake.createAccount(AccountSpec.of(fakeKind).withSecret(Canary.secret(kind)));
  }

  /** A scripted server, closed after the test. */
  final ScriptedSivi scripted(HttpReply... replies) {
    return track(ScriptedSivi.start(replies));
  }

  /** A configuration with the canary key, fast retries, no client-side rate limit and relaxed timeouts. */
  static SiviConfig.Builder config(URI baseUrl, KeyKind kind) {
    return SiviConfig.builder()
        .apiKey(Canary.key(kind))
        .baseUrl(baseUrl)
        .retryPolicy(FAST_RETRIES)
        .rateLimit(RateLimit.off())
        .timeouts(RELAXED);
  }

  /** Runs a call, timing it and scanning what it threw. */
  static <T> Outcome<T> call(ThrowingSupplier<T> call) {
    SchedulerLag lag = SchedulerLag.start();
    long start = System.nanoTime();
    try {
      T value = call.get();
      return new Outcome<>(value, null, Duration.ofNanos(System.nanoTime() - start), lag.stop());
    } catch (Throwable error) {
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      Duration late = lag.stop();
      if (error instanceof VirtualMachineError machine) {
        throw machine;
      }
      Canary.scan("exception from a client call", error);
      return new Outcome<>(null, error, elapsed, late);
    }
  }

  /** Runs a call that returns nothing. */
  static Outcome<Void> run(Runnable call) {
    return call(() -> {
      call.run();
      return null;
    });
  }

  /**
   * Asserts that a call failed with an exception of the given type within the deadline, and returns
   * it for more assertions.
   */
  static <E extends SiviException> E failure(Outcome<?> outcome, Class<E> type, Timeouts timeouts) {
    assertThat(outcome.error()).as("the call's exception").isInstanceOf(type);
    assertWithinDeadline(outcome, timeouts);
    return type.cast(outcome.error());
  }

  /** An exception and its causes on one line, for assertion messages. */
  static String describe(@Nullable Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      text.append(text.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
    }
    return text.length() == 0 ? "none" : text.toString();
  }

  /**
   * Asserts that a call ended within its whole-call deadline plus the slack, plus the time the machine
   * did not run this JVM's threads meanwhile (a starved machine makes every call late).
   */
  static void assertWithinDeadline(Outcome<?> outcome, Timeouts timeouts) {
    assertThat(outcome.elapsed())
        .as("time the call took (whole-call deadline %s, scheduler lag %s)", timeouts.wholeCall(), outcome.lag())
        .isLessThanOrEqualTo(timeouts.wholeCall().plus(DEADLINE_SLACK).plus(outcome.lag()));
  }

  /** Asserts that a call succeeded within the deadline, and returns its value. */
  static <T> T success(Outcome<T> outcome, Timeouts timeouts) {
    assertThat(outcome.error()).as("the call's exception, %s", describe(outcome.error())).isNull();
    assertWithinDeadline(outcome, timeouts);
    return outcome.value();
  }

  /** The requests a fake served, counted by its journal. */
  static long requestsSeen(FakeSiviServer server) {
    return server.fake().journal().requestCount();
  }

  /** Asserts that an exception's message, and its causes', never quote a canary key. */
  static void assertNoCanary(Throwable error) {
    assertThat(error)
        .extracting(Throwable::getMessage, InstanceOfAssertFactories.STRING)
        .doesNotContain(Canary.SUPER_USER_SECRET, Canary.ENTERPRISE_SECRET);
  }
}
