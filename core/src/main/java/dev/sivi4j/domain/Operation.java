package dev.sivi4j.domain;

/** The operations of the Sivi User Management and Enterprise APIs that sivi4j performs. */
public enum Operation {
  /** Creates a user on first call, then logs them in. */
  LOGIN_USER("loginUser", "login-user", false),
  /** Caps a user's credits in the current billing cycle. */
  SET_CREDIT_LIMIT("setCreditLimit", "set-user-credit-limit", false),
  /** Deletes a user and their workspace (kept 15 days, then purged). */
  DELETE_USER("deleteUser", "delete-user", false),
  /** Undoes a deletion inside the retention window. */
  REACTIVATE_USER("reactivateUser", "reactivate-user", false),
  /** Reads a user's usage; enterprise admin keys only. */
  ACCOUNT_ANALYSIS("accountAnalysis", "account-analysis", true),
  /** Exports a user's designs, media and content; enterprise admin keys only. */
  EXPORT_DATA("exportData", "export-data", true);

  private final String methodName;
  private final String endpoint;
  private final boolean enterpriseOnly;

  Operation(String methodName, String endpoint, boolean enterpriseOnly) {
    this.methodName = methodName;
    this.endpoint = endpoint;
    this.enterpriseOnly = enterpriseOnly;
  }

  /**
   * The sivi4j method name, as used in messages.
   *
   * @return for example {@code loginUser}
   */
  public String methodName() {
    return methodName;
  }

  /**
   * The endpoint name behind the path prefix.
   *
   * @return for example {@code login-user}
   */
  public String endpoint() {
    return endpoint;
  }

  /**
   * Whether only enterprise admin keys may call it.
   *
   * @return true for account-analysis and export-data
   */
  public boolean enterpriseOnly() {
    return enterpriseOnly;
  }

  /**
   * Finds an operation by endpoint name.
   *
   * @param endpoint for example {@code delete-user}
   * @return the operation
   * @throws IllegalArgumentException if no operation has that endpoint
   */
  public static Operation forEndpoint(String endpoint) {
    for (Operation op : values()) {
      if (op.endpoint.equals(endpoint)) {
        return op;
      }
    }
    throw new IllegalArgumentException("unknown endpoint: " + endpoint);
  }
}
