package dev.sivi4j;

import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import java.util.stream.Stream;

/**
 * The blocking Sivi client: each method sends one call (retrying accidents within the deadline) and
 * returns its result or throws a {@link dev.sivi4j.error.SiviException}. Thread-safe; share one per
 * key and close it when done. Get one from {@code SiviHttpClient.create(config)}.
 *
 * <p>Invalid arguments throw {@link IllegalArgumentException} or {@link NullPointerException} before
 * anything is sent.
 */
public interface SiviClient extends AutoCloseable {
  /**
   * Creates the user and their workspace on first call, logs them in after that, and returns fresh
   * session tokens for the Sivi UI SDK widget.
   *
   * @param request the user, and optionally a brand and a plan
   * @return the user, their workspace id and tokens
   */
  UserLogin loginUser(LoginUserRequest request);

  /**
   * Caps how many credits the user may use in the current billing cycle.
   *
   * @param userId the user
   * @param limit a positive limit, or {@link CreditLimit#unlimited()}
   */
  void setCreditLimit(AbstractUserId userId, CreditLimit limit);

  /**
   * Deletes the user and their workspace. The service keeps the data 15 days, during which {@link
   * #reactivateUser} undoes it.
   *
   * @param userId the user
   */
  void deleteUser(AbstractUserId userId);

  /**
   * Undoes a deletion inside the retention window.
   *
   * @param userId the user
   */
  void reactivateUser(AbstractUserId userId);

  /**
   * Reads the user's usage over the past year, by month, and their credits. Enterprise admin keys only.
   *
   * @param userId the user
   * @return the analysis
   * @throws IllegalStateException before sending, if the key is not an enterprise admin key
   */
  AccountAnalysis accountAnalysis(AbstractUserId userId);

  /**
   * Exports what the user created in a range, one page per window, fetched lazily as the stream is
   * consumed. Enterprise admin keys only. A failure while walking is thrown from the stream's terminal
   * operation.
   *
   * @param request the user and range
   * @return the pages, in time order
   * @throws IllegalStateException before sending, if the key is not an enterprise admin key
   */
  Stream<ExportPage> exportData(ExportRequest request);

  /**
   * A client that runs every call with these overrides. It shares this client's connections, retry
   * budget and rate limit; closing it does nothing, close this client instead.
   *
   * @param options the overrides
   * @return a view of this client
   */
  SiviClient withOptions(CallOptions options);

  /** Closes the transport if sivi4j created it; a user's own HTTP client is left open. */
  @Override
  void close();
}
