package dev.sivi4j.benchmarks;

import dev.sivi4j.domain.Operation;
import java.util.Locale;

/** The operations the benchmarks call, each with the documented answer the server gives. */
public enum Workload {
  /** login-user. */
  LOGIN_USER(Operation.LOGIN_USER, WireSamples.LOGIN_USER),
  /** set-user-credit-limit. */
  SET_CREDIT_LIMIT(Operation.SET_CREDIT_LIMIT, WireSamples.SET_CREDIT_LIMIT),
  /** account-analysis (enterprise admin key). */
  ACCOUNT_ANALYSIS(Operation.ACCOUNT_ANALYSIS, WireSamples.ACCOUNT_ANALYSIS);

  private final Operation operation;
  private final String response;

  Workload(Operation operation, String response) {
    this.operation = operation;
    this.response = response;
  }

  /**
   * The sivi4j operation.
   *
   * @return the operation
   */
  public Operation operation() {
    return operation;
  }

  /**
   * The documented success body the server answers with.
   *
   * @return JSON text
   */
  public String response() {
    return response;
  }

  /**
   * The name used in options and reports: the sivi4j method name.
   *
   * @return for example {@code loginUser}
   */
  public String displayName() {
    return operation.methodName();
  }

  /**
   * Finds a workload by its method name or its endpoint, in any case.
   *
   * @param name for example {@code loginUser} or {@code login-user}
   * @return the workload
   * @throws IllegalArgumentException if no workload has that name
   */
  public static Workload parse(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (Workload workload : values()) {
      if (workload.operation.methodName().toLowerCase(Locale.ROOT).equals(wanted)
          || workload.operation.endpoint().equals(wanted)) {
        return workload;
      }
    }
    throw new IllegalArgumentException(
        "workload must be one of loginUser, setCreditLimit, accountAnalysis (was \"" + name + "\")");
  }
}
