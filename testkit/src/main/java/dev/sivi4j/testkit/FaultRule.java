package dev.sivi4j.testkit;

import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.Operation;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * When to inject a {@link Fault}: which requests (by operation, user and account, all optional and
 * combined with "and") and how often (once by default; {@link #times(int)}, {@link #always()}, and
 * optionally only with a seeded {@link #withProbability(double, long) probability}). Immutable: each
 * method returns a new rule.
 *
 * <p>Rules are tried in the order they were injected; the first that matches and still has uses left
 * (and, for a probability, whose draw hits) applies, so one request gets at most one fault. A rule that
 * names a user matches only requests whose body carries that {@code abstractUserId}.
 */
public final class FaultRule {
  private final Fault fault;
  private final @Nullable Operation operation;
  private final @Nullable String userId;
  private final @Nullable String accountId;
  private final long times;
  private final double probability;
  private final long seed;
  private final boolean afterHandling;

  private FaultRule(
      Fault fault, @Nullable Operation operation, @Nullable String userId, @Nullable String accountId,
      long times, double probability, long seed, boolean afterHandling) {
    this.fault = fault;
    this.operation = operation;
    this.userId = userId;
    this.accountId = accountId;
    this.times = times;
    this.probability = probability;
    this.seed = seed;
    this.afterHandling = afterHandling;
  }

  /**
   * A rule that injects {@code fault} once, into the next request.
   *
   * @param fault the fault
   * @return the rule
   */
  public static FaultRule of(Fault fault) {
    return new FaultRule(Objects.requireNonNull(fault, "fault"), null, null, null, 1, 1.0, 0, false);
  }

  /**
   * Only requests for this operation.
   *
   * @param value the operation
   * @return a new rule
   */
  public FaultRule operation(Operation value) {
    return new FaultRule(fault, Objects.requireNonNull(value, "operation"), userId, accountId, times, probability, seed, afterHandling);
  }

  /**
   * Only requests about this user.
   *
   * @param value the user
   * @return a new rule
   */
  public FaultRule user(AbstractUserId value) {
    return new FaultRule(fault, operation, Objects.requireNonNull(value, "user").value(), accountId, times, probability, seed, afterHandling);
  }

  /**
   * Only requests sent with this account's key.
   *
   * @param value the account
   * @return a new rule
   */
  public FaultRule account(FakeAccount value) {
    return new FaultRule(fault, operation, userId, Objects.requireNonNull(value, "account").id(), times, probability, seed, afterHandling);
  }

  /**
   * Applies to one request only (the default).
   *
   * @return a new rule
   */
  public FaultRule once() {
    return times(1);
  }

  /**
   * Applies to {@code count} requests.
   *
   * @param count at least 1
   * @return a new rule
   */
  public FaultRule times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("times must be at least 1 (was " + count + ")");
    }
    return new FaultRule(fault, operation, userId, accountId, count, probability, seed, afterHandling);
  }

  /**
   * Applies to every matching request until removed.
   *
   * @return a new rule
   */
  public FaultRule always() {
    return new FaultRule(fault, operation, userId, accountId, 0, probability, seed, afterHandling);
  }

  /**
   * Applies to each matching request with this probability, drawn from a generator seeded with {@code
   * seed}, so a run can be repeated. Combines with {@link #times(int)} (only hits count) and {@link
   * #always()}.
   *
   * @param value between 0 and 1
   * @param seedValue the seed
   * @return a new rule
   */
  public FaultRule withProbability(double value, long seedValue) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("probability must be between 0 and 1 (was " + value + ")");
    }
    return new FaultRule(fault, operation, userId, accountId, times, value, seedValue, afterHandling);
  }

  /**
   * Lets the service act on the request before a fault that replaces the answer is applied, so the
   * change happens but the client never hears of it. Faults that spoil the delivery always do this.
   *
   * @return a new rule
   */
  public FaultRule afterHandling() {
    return new FaultRule(fault, operation, userId, accountId, times, probability, seed, true);
  }

  /**
   * The fault.
   *
   * @return the fault
   */
  public Fault fault() {
    return fault;
  }

  /**
   * The operation it targets.
   *
   * @return the operation, or empty for any
   */
  public Optional<Operation> targetOperation() {
    return Optional.ofNullable(operation);
  }

  /**
   * The user it targets.
   *
   * @return the user, or empty for any
   */
  public Optional<AbstractUserId> targetUser() {
    return Optional.ofNullable(userId).map(AbstractUserId::of);
  }

  /**
   * The account it targets.
   *
   * @return the account id, or empty for any
   */
  public Optional<String> targetAccount() {
    return Optional.ofNullable(accountId);
  }

  /**
   * How many requests it applies to.
   *
   * @return the count, or empty for always
   */
  public OptionalLong timesLimit() {
    return times == 0 ? OptionalLong.empty() : OptionalLong.of(times);
  }

  /**
   * The probability of applying to a matching request.
   *
   * @return between 0 and 1
   */
  public double probability() {
    return probability;
  }

  /**
   * The seed of the probability draws.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Whether the service acts before an answer-replacing fault.
   *
   * @return true if so
   */
  public boolean handledFirst() {
    return afterHandling || !fault.replacesAnswer();
  }

  boolean matches(@Nullable Operation op, @Nullable String user, @Nullable String account) {
    return (operation == null || operation == op)
        && (userId == null || userId.equals(user))
        && (accountId == null || accountId.equals(account));
  }

  @Override
  public String toString() {
    return "FaultRule[" + fault
        + (operation == null ? "" : ", operation=" + operation)
        + (userId == null ? "" : ", user=" + userId)
        + (accountId == null ? "" : ", account=" + accountId)
        + ", " + (times == 0 ? "always" : times + "x")
        + (probability < 1 ? ", p=" + probability + " seed=" + seed : "")
        + (afterHandling ? ", after handling" : "")
        + "]";
  }
}
