package dev.sivi4j;

import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * The non-blocking Sivi client: the same operations as {@link SiviClient}, completing a {@link
 * CompletionStage} with the result or a {@link dev.sivi4j.error.SiviException}. No method blocks.
 * Cancelling a returned stage (via {@code toCompletableFuture().cancel}) aborts the call.
 */
public interface SiviAsyncClient extends AutoCloseable {
  /**
   * See {@link SiviClient#loginUser}.
   *
   * @param request the request
   * @return the login
   */
  CompletionStage<UserLogin> loginUser(LoginUserRequest request);

  /**
   * See {@link SiviClient#setCreditLimit}.
   *
   * @param userId the user
   * @param limit the limit
   * @return completes when set
   */
  CompletionStage<Void> setCreditLimit(AbstractUserId userId, CreditLimit limit);

  /**
   * See {@link SiviClient#deleteUser}.
   *
   * @param userId the user
   * @return completes when deleted
   */
  CompletionStage<Void> deleteUser(AbstractUserId userId);

  /**
   * See {@link SiviClient#reactivateUser}.
   *
   * @param userId the user
   * @return completes when reactivated
   */
  CompletionStage<Void> reactivateUser(AbstractUserId userId);

  /**
   * See {@link SiviClient#accountAnalysis}.
   *
   * @param userId the user
   * @return the analysis
   * @throws IllegalStateException before sending, if the key is not an enterprise admin key
   */
  CompletionStage<AccountAnalysis> accountAnalysis(AbstractUserId userId);

  /**
   * Exports what the user created in a range: each subscriber walks the range afresh, one window
   * request at a time, as it signals demand.
   *
   * @param request the user and range
   * @return the pages, in time order
   * @throws IllegalStateException before sending, if the key is not an enterprise admin key
   */
  Flow.Publisher<ExportPage> exportData(ExportRequest request);

  /**
   * A client that runs every call with these overrides. It shares this client's connections, retry
   * budget and rate limit; closing it does nothing, close this client instead.
   *
   * @param options the overrides
   * @return a view of this client
   */
  SiviAsyncClient withOptions(CallOptions options);

  /** Closes what sivi4j created; a user's own event loop or client is left open. */
  @Override
  void close();
}
