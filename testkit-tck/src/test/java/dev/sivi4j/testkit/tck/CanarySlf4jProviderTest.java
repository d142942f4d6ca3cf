package dev.sivi4j.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeClock;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.Fault;
import dev.sivi4j.testkit.FaultRule;
import dev.sivi4j.testkit.UserSnapshot;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** This module's tests bind the provider (a test resource), as a transport's canary suite does. */
class CanarySlf4jProviderTest {
  private static final String CALL_LOGGER = "dev.sivi4j.internal.pipeline.Call";

  @Test
  void isTheBoundProviderWithEveryLevelOn() {
    Logger logger = LoggerFactory.getLogger("canary.provider.test.bound");

    assertThat(logger.getClass().getEnclosingClass()).isEqualTo(CanarySlf4jProvider.class);
    assertThat(logger.isTraceEnabled()).isTrue();
    assertThat(logger.isDebugEnabled()).isTrue();
    assertThat(logger.isErrorEnabled()).isTrue();
  }

  @Test
  void scansEveryLineUnderItsLogger() {
    Logger logger = LoggerFactory.getLogger("canary.provider.test.levels");

    logger.trace("trace {}", 1);
    logger.debug("debug {}", 2);
    logger.info("info");
    logger.warn("warn {} {}", 3, 4);
    logger.atError().setMessage("error").log();

    assertThat(Canary.logLines("canary.provider.test.levels")).isEqualTo(5);
  }

  @Test
  void findsTheKeyInAnArgumentWithoutRepeatingIt() {
    // Leaves a leak in this JVM's watch on purpose; no suite of this module asserts the watch is clean.
    LoggerFactory.getLogger("canary.provider.test.leak").trace("sent {}", Canary.SUPER_USER_SECRET);

    assertThat(Canary.leaks())
        .filteredOn(leak -> leak.contains("canary.provider.test.leak"))
        .hasSize(2)
        .allSatisfy(leak -> assertThat(leak).contains("<canary>").doesNotContain(Canary.SUPER_USER_SECRET));
  }

  @Test
  void capturesCoreDebugLinesThroughSlf4jAndNoneThroughJul() {
    // A fake clock: the retry's backoff passes without waiting.
    FakeSivi fake = FakeSivi.builder().clock(FakeClock.fixedAt(Instant.parse("2026-01-01T00:00:00Z"))).build();
    FakeAccount account = fake.createAccount(FakeKeyKind.SUPER_USER);
    AbstractUserId user = AbstractUserId.of("user-1");
    long before = Canary.logLines(CALL_LOGGER);
    JulCounter jul = JulCounter.on("dev.sivi4j");
    try (SiviClient client = fake.blockingClient(account)) {
      client.loginUser(LoginUserRequest.of(user));
      // The delete happens, its answer is lost: core retries (a DEBUG line), finds the user gone and
      // reports success (another DEBUG line).
      fake.faults().inject(FaultRule.of(Fault.reset()).operation(Operation.DELETE_USER).afterHandling());

      client.deleteUser(user);
    } finally {
      jul.close();
    }

    assertThat(fake.user(account, user)).get().extracting(UserSnapshot::deleted).isEqualTo(true);
    assertThat(Canary.logLines(CALL_LOGGER) - before).as("core's retry and lost-delete lines").isEqualTo(2);
    assertThat(jul.records.get()).as("sivi4j records sent to java.util.logging").isZero();
  }

  /** Counts the JUL records of one logger tree at every level while it is open. */
  private static final class JulCounter extends Handler implements AutoCloseable {
    private final java.util.logging.Logger logger;
    private final Level previous;
    final AtomicInteger records = new AtomicInteger();

    private JulCounter(java.util.logging.Logger logger) {
      this.logger = logger;
      this.previous = logger.getLevel();
    }

    static JulCounter on(String name) {
      JulCounter counter = new JulCounter(java.util.logging.Logger.getLogger(name));
      counter.logger.setLevel(Level.ALL);
      counter.logger.addHandler(counter);
      return counter;
    }

    @Override
    public void publish(LogRecord record) {
      records.incrementAndGet();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
      logger.removeHandler(this);
      logger.setLevel(previous);
    }
  }
}
