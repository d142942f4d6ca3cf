package dev.sivi4j.testkit;

import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** A {@link FaultRule} in force in one {@link FakeSivi}: how often it applied, and a way to remove it. */
public final class InjectedFault {
  private final FaultRule rule;
  private final Faults owner;
  private final @Nullable SplittableRandom random;
  private long applied;
  private boolean removed;

  InjectedFault(FaultRule rule, Faults owner) {
    this.rule = rule;
    this.owner = owner;
    this.random = rule.probability() < 1 ? new SplittableRandom(rule.seed()) : null;
  }

  /**
   * The rule.
   *
   * @return the rule
   */
  public FaultRule rule() {
    return rule;
  }

  /**
   * How many requests it applied to so far.
   *
   * @return the count
   */
  public synchronized long timesApplied() {
    return applied;
  }

  /**
   * Whether it will apply no more: its count is used up, or it was removed.
   *
   * @return true if spent
   */
  public synchronized boolean isSpent() {
    return removed || (rule.timesLimit().isPresent() && applied >= rule.timesLimit().getAsLong());
  }

  /** Stops it applying. */
  public void remove() {
    synchronized (this) {
      removed = true;
    }
    owner.forget(this);
  }

  /** Takes one use if the rule has one left and its draw hits. Caller checked the match. */
  synchronized boolean tryUse() {
    if (removed || (rule.timesLimit().isPresent() && applied >= rule.timesLimit().getAsLong())) {
      return false;
    }
    if (random != null && random.nextDouble() >= rule.probability()) {
      return false;
    }
    applied++;
    return true;
  }

  @Override
  public String toString() {
    return "InjectedFault[" + rule + ", applied " + timesApplied() + "]";
  }
}
