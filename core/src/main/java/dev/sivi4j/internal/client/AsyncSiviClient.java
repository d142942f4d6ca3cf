package dev.sivi4j.internal.client;

import dev.sivi4j.CallOptions;
import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.internal.pipeline.ExportWalk;
import dev.sivi4j.internal.pipeline.Pipeline;
import dev.sivi4j.internal.pipeline.Requests;
import dev.sivi4j.spi.SiviAsyncTransport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/** {@link SiviAsyncClient} over the pipeline and an async transport. */
public final class AsyncSiviClient implements SiviAsyncClient {
  private final Pipeline pipeline;
  private final Requests requests;
  private final SiviAsyncTransport transport;
  private final boolean ownsTransport;

  /**
   * Creates the client.
   *
   * @param pipeline the pipeline
   * @param requests the call factory
   * @param transport the transport, closed with the client
   */
  public AsyncSiviClient(Pipeline pipeline, Requests requests, SiviAsyncTransport transport) {
    this(pipeline, requests, transport, true);
  }

  private AsyncSiviClient(Pipeline pipeline, Requests requests, SiviAsyncTransport transport, boolean ownsTransport) {
    this.pipeline = pipeline;
    this.requests = requests;
    this.transport = transport;
    this.ownsTransport = ownsTransport;
  }

  @Override
  public SiviAsyncClient withOptions(CallOptions options) {
    return new AsyncSiviClient(pipeline.withOptions(options), requests, transport, false);
  }

  @Override
  public CompletableFuture<UserLogin> loginUser(LoginUserRequest request) {
    return pipeline.executeAsync(requests.loginUser(request), transport, Objects::requireNonNull);
  }

  @Override
  public CompletableFuture<Void> setCreditLimit(AbstractUserId userId, CreditLimit limit) {
    return pipeline.executeAsync(requests.setCreditLimit(userId, limit), transport, AsyncSiviClient::done);
  }

  @Override
  public CompletableFuture<Void> deleteUser(AbstractUserId userId) {
    return pipeline.executeAsync(requests.userCommand(Operation.DELETE_USER, userId), transport, AsyncSiviClient::done);
  }

  @Override
  public CompletableFuture<Void> reactivateUser(AbstractUserId userId) {
    return pipeline.executeAsync(requests.userCommand(Operation.REACTIVATE_USER, userId), transport, AsyncSiviClient::done);
  }

  @Override
  public CompletableFuture<AccountAnalysis> accountAnalysis(AbstractUserId userId) {
    return pipeline.executeAsync(requests.accountAnalysis(userId), transport, Objects::requireNonNull);
  }

  @Override
  public Flow.Publisher<ExportPage> exportData(ExportRequest request) {
    Objects.requireNonNull(request, "request");
    requests.requireEnterpriseKey(Operation.EXPORT_DATA);
    return new ExportPublisher(
        () -> new ExportWalk(request, pipeline), window -> pipeline.executeAsync(requests.exportWindow(request.userId(), window), transport));
  }

  /** A command's answer is its success; the service's message is not part of the API. */
  private static @Nullable Void done(@Nullable String message) {
    return null;
  }

  @Override
  public void close() {
    if (ownsTransport) {
      transport.close();
    }
  }
}
