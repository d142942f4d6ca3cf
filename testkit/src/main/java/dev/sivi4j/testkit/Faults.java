package dev.sivi4j.testkit;

import dev.sivi4j.domain.Operation;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** The faults injected into one {@link FakeSivi}, tried in the order they were injected. Thread-safe. */
public final class Faults {
  private final List<InjectedFault> rules = new CopyOnWriteArrayList<>();

  Faults() {}

  /**
   * Puts a rule in force.
   *
   * @param rule the rule
   * @return a handle to watch or remove it
   */
  public InjectedFault inject(FaultRule rule) {
    InjectedFault injected = new InjectedFault(rule, this);
    rules.add(injected);
    return injected;
  }

  /**
   * Injects a fault into the next request, whatever it is.
   *
   * @param fault the fault
   * @return a handle
   */
  public InjectedFault injectOnce(Fault fault) {
    return inject(FaultRule.of(fault));
  }

  /**
   * The rules in force, spent ones included until removed.
   *
   * @return a snapshot
   */
  public List<InjectedFault> injected() {
    return List.copyOf(rules);
  }

  /**
   * The rules with a count that were never used up: useful to fail a test whose faults were not all
   * triggered.
   *
   * @return a snapshot
   */
  public List<InjectedFault> unused() {
    return rules.stream().filter(r -> r.rule().timesLimit().isPresent() && !r.isSpent()).toList();
  }

  /** Removes every rule. */
  public void clear() {
    rules.clear();
  }

  void forget(InjectedFault injected) {
    rules.remove(injected);
  }

  /** The rule to apply to a request, taking one of its uses, or null. */
  @Nullable InjectedFault select(@Nullable Operation operation, @Nullable String userId, @Nullable String accountId) {
    if (rules.isEmpty()) {
      return null;
    }
    for (InjectedFault injected : rules) {
      if (injected.rule().matches(operation, userId, accountId) && injected.tryUse()) {
        return injected;
      }
    }
    return null;
  }
}
