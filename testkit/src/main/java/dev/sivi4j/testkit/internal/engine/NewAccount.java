package dev.sivi4j.testkit.internal.engine;

/**
 * A newly opened master account.
 *
 * @param accountId the fake's id for it
 * @param secret its API key
 */
public record NewAccount(String accountId, String secret) {
  @Override
  public String toString() {
    return "NewAccount[" + accountId + ", ***]";
  }
}
