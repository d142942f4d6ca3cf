package dev.sivi4j.testkit.tck;

import dev.sivi4j.CallOptions;
import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.error.ErrorContext;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.spi.BlockingCallGuard;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A {@link SiviClient} over a {@link SiviAsyncClient} that waits for each call on the calling thread,
 * so the blocking contracts can test an async transport. What a call fails with is rethrown as it is.
 * Interrupting the waiting thread cancels the call (which must abort the attempt in flight), keeps the
 * interrupt flag and throws a {@link SiviTransportException} of kind {@link
 * TransportErrorKind#INTERRUPTED}. Like sivi4j's blocking clients it refuses, with an {@link
 * IllegalStateException}, to wait where a {@link BlockingCallGuard} forbids it (a Vert.x event loop).
 * {@code exportData} pulls one page at a time.
 */
public final class BlockingView implements SiviClient {
  private static final List<BlockingCallGuard> GUARDS =
      ServiceLoader.load(BlockingCallGuard.class, BlockingView.class.getClassLoader()).stream()
          .map(ServiceLoader.Provider::get)
          .toList();

  private final SiviAsyncClient async;

  private BlockingView(SiviAsyncClient async) {
    this.async = Objects.requireNonNull(async, "async");
  }

  /**
   * A blocking view of an async client; closing the view closes the client.
   *
   * @param async the client
   * @return the view
   */
  public static BlockingView of(SiviAsyncClient async) {
    return new BlockingView(async);
  }

  @Override
  public UserLogin loginUser(LoginUserRequest request) {
    return await(Operation.LOGIN_USER, () -> async.loginUser(request));
  }

  @Override
  public void setCreditLimit(AbstractUserId userId, CreditLimit limit) {
    await(Operation.SET_CREDIT_LIMIT, () -> async.setCreditLimit(userId, limit));
  }

  @Override
  public void deleteUser(AbstractUserId userId) {
    await(Operation.DELETE_USER, () -> async.deleteUser(userId));
  }

  @Override
  public void reactivateUser(AbstractUserId userId) {
    await(Operation.REACTIVATE_USER, () -> async.reactivateUser(userId));
  }

  @Override
  public AccountAnalysis accountAnalysis(AbstractUserId userId) {
    return await(Operation.ACCOUNT_ANALYSIS, () -> async.accountAnalysis(userId));
  }

  @Override
  public Stream<ExportPage> exportData(ExportRequest request) {
    checkBlockingAllowed(Operation.EXPORT_DATA);
    return PulledPages.stream(async.exportData(request));
  }

  @Override
  public SiviClient withOptions(CallOptions options) {
    return new BlockingView(async.withOptions(options));
  }

  @Override
  public void close() {
    async.close();
  }

  @Override
  public String toString() {
    return "BlockingView[" + async + "]";
  }

  /** Refuses where a registered guard forbids blocking (a Vert.x event loop), before anything is sent. */
  private static void checkBlockingAllowed(Operation operation) {
    for (BlockingCallGuard guard : GUARDS) {
      Optional<String> reason = guard.blockingForbiddenReason();
      if (reason.isPresent()) {
        throw new IllegalStateException(
            operation.methodName() + " is a blocking call and " + reason.get() + "; use the async client here");
      }
    }
  }

  private static <T> T await(Operation operation, Supplier<CompletionStage<T>> call) {
    checkBlockingAllowed(operation);
    CompletableFuture<T> future = call.get().toCompletableFuture();
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw rethrow(e.getCause() == null ? e : e.getCause());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new SiviTransportException(
          ErrorContext.withoutResponse(operation, 0),
          TransportErrorKind.INTERRUPTED,
          "interrupted while waiting; the call was cancelled",
          e);
    }
  }

  static RuntimeException rethrow(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return new IllegalStateException("the async client failed with a checked exception", failure);
  }
}
