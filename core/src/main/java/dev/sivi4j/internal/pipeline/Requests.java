package dev.sivi4j.internal.pipeline;

import dev.sivi4j.KeyKind;
import dev.sivi4j.domain.AbstractUser;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.spi.Envelope;
import dev.sivi4j.spi.ExportBatch;
import dev.sivi4j.spi.LoginGrant;
import dev.sivi4j.spi.SiviCodec;
import java.util.Objects;

/**
 * Builds the {@link CallSpec} of each operation: checks what can be checked before sending, encodes the
 * body and says how the answer is read. Shared by the blocking and the async client.
 */
public final class Requests {
  private static final int NO_CONTENT = 204;

  private final SiviCodec codec;
  private final KeyKind keyKind;

  /**
   * Creates the factory.
   *
   * @param codec the codec
   * @param keyKind the client's key kind, for the enterprise-only check
   */
  public Requests(SiviCodec codec, KeyKind keyKind) {
    this.codec = Objects.requireNonNull(codec, "codec");
    this.keyKind = Objects.requireNonNull(keyKind, "keyKind");
  }

  /**
   * login-user.
   *
   * @param request the request
   * @return the call
   */
  public CallSpec<UserLogin> loginUser(LoginUserRequest request) {
    Objects.requireNonNull(request, "request");
    AbstractUserId id = request.userId();
    return new CallSpec<>(
        Operation.LOGIN_USER,
        codec.encodeLoginUser(request),
        (json, http) -> {
          Envelope<LoginGrant> envelope = codec.decodeLogin(json, http);
          LoginGrant grant = envelope.body();
          return grant == null
              ? Envelope.failure(envelope.status(), envelope.message())
              : Envelope.success(
                  envelope.status(), new UserLogin(new AbstractUser(id, grant.workspaceId()), grant.tokens()));
        });
  }

  /**
   * set-user-credit-limit.
   *
   * @param userId the user
   * @param limit the limit
   * @return the call
   */
  public CallSpec<String> setCreditLimit(AbstractUserId userId, CreditLimit limit) {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(limit, "limit");
    return new CallSpec<>(Operation.SET_CREDIT_LIMIT, codec.encodeSetCreditLimit(userId, limit), codec::decodeMessage);
  }

  /**
   * delete-user or reactivate-user. A {@code 204 No Content} with an empty body is success (with an
   * empty message): the documentation shows a message, but a service that has nothing to say has still
   * done what was asked.
   *
   * @param operation {@link Operation#DELETE_USER} or {@link Operation#REACTIVATE_USER}
   * @param userId the user
   * @return the call
   */
  public CallSpec<String> userCommand(Operation operation, AbstractUserId userId) {
    Objects.requireNonNull(userId, "userId");
    return new CallSpec<>(
        operation,
        codec.encodeUserId(userId),
        (json, http) -> http == NO_CONTENT && json.length == 0
            ? Envelope.success(NO_CONTENT, "")
            : codec.decodeMessage(json, http));
  }

  /**
   * account-analysis.
   *
   * @param userId the user
   * @return the call
   * @throws IllegalStateException if the client's key is not an enterprise admin key
   */
  public CallSpec<AccountAnalysis> accountAnalysis(AbstractUserId userId) {
    Objects.requireNonNull(userId, "userId");
    requireEnterpriseKey(Operation.ACCOUNT_ANALYSIS);
    return new CallSpec<>(Operation.ACCOUNT_ANALYSIS, codec.encodeUserId(userId), codec::decodeAccountAnalysis);
  }

  /**
   * export-data for one window.
   *
   * @param userId the user
   * @param window the window
   * @return the call
   */
  public CallSpec<ExportBatch> exportWindow(AbstractUserId userId, ExportWindow window) {
    return new CallSpec<>(
        Operation.EXPORT_DATA,
        codec.encodeExportWindow(userId, window.startEpochSecond(), window.endEpochSecond()),
        codec::decodeExport);
  }

  /**
   * Fails before anything is sent when an enterprise-only operation is called with another key.
   *
   * @param operation the operation
   * @throws IllegalStateException if the key is not an enterprise admin key
   */
  public void requireEnterpriseKey(Operation operation) {
    if (operation.enterpriseOnly() && keyKind != KeyKind.ENTERPRISE_ADMIN) {
      throw new IllegalStateException(
          operation.methodName()
              + " needs an enterprise admin API key (ApiKey.enterpriseAdmin); this client has a "
              + keyKind
              + " key, which the service does not allow to call "
              + operation.endpoint());
    }
  }
}
