package dev.sivi4j.internal.pipeline;

import dev.sivi4j.CallOptions;
import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.BlockingCallGuard;
import dev.sivi4j.spi.Header;
import dev.sivi4j.spi.RateLimitDecision;
import dev.sivi4j.spi.Scheduler;
import dev.sivi4j.spi.SiviAsyncTransport;
import dev.sivi4j.spi.SiviTransport;
import dev.sivi4j.spi.TimeSource;
import dev.sivi4j.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one request pipeline of a client: everything between a domain call and the bytes on the wire
 * (path family, headers, deadline, rate limit, retries, decoding, error mapping) lives in {@link Call};
 * this class holds what calls share and the two drivers, which differ only in how they wait.
 */
public final class Pipeline {
  /** The version of sivi4j, as sent in {@code User-Agent}. */
  public static final String VERSION = readVersion();

  private static final List<BlockingCallGuard> GUARDS =
      ServiceLoader.load(BlockingCallGuard.class, Pipeline.class.getClassLoader()).stream()
          .map(ServiceLoader.Provider::get)
          .toList();

  private final SiviConfig config;
  private final TimeSource time;
  private final DoubleSupplier jitter;
  private final Endpoints endpoints;
  private final List<Header> headers;
  private final Failures failures;
  private final RetryBudget retryBudget;
  private final @Nullable RateGate rateGate;
  private final Timeouts timeouts;
  private final RetryPolicy retryPolicy;
  private final @Nullable Listeners listeners;

  /**
   * A pipeline on the system clock with random jitter.
   *
   * @param config the configuration
   */
  public Pipeline(SiviConfig config) {
    this(config, TimeSource.system(), () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * A pipeline with injected time and jitter, for tests of retries and deadlines.
   *
   * @param config the configuration
   * @param time the clock and sleeper
   * @param jitter uniform draws in {@code [0, 1)}
   */
  public Pipeline(SiviConfig config, TimeSource time, DoubleSupplier jitter) {
    this.config = config;
    this.time = time;
    this.jitter = jitter;
    this.endpoints = new Endpoints(config);
    this.headers =
        List.of(
            new Header("sivi-api-key", config.apiKey().reveal(), true),
            new Header("Content-Type", "application/json"),
            new Header("Accept", "application/json"),
            new Header("User-Agent", userAgent()));
    this.failures = new Failures(config.apiKey().reveal());
    this.retryBudget = new RetryBudget(config.retryPolicy().budgetTokens());
    this.rateGate = RateGate.of(config, time);
    this.timeouts = config.timeouts();
    this.retryPolicy = config.retryPolicy();
    this.listeners = Listeners.of(config.callListeners());
  }

  private Pipeline(Pipeline shared, CallOptions options) {
    this.config = shared.config;
    this.time = shared.time;
    this.jitter = shared.jitter;
    this.endpoints = shared.endpoints;
    this.headers = shared.headers;
    this.failures = shared.failures;
    this.retryBudget = shared.retryBudget;
    this.rateGate = shared.rateGate;
    this.timeouts = options.timeouts().orElse(shared.timeouts);
    this.retryPolicy = options.retryPolicy().orElse(shared.retryPolicy);
    this.listeners = shared.listeners;
  }

  /**
   * A pipeline with per-call overrides that shares this one's retry budget and rate limit.
   *
   * @param options the overrides
   * @return the pipeline
   */
  public Pipeline withOptions(CallOptions options) {
    return new Pipeline(this, options);
  }

  /**
   * The {@code User-Agent} sivi4j sends.
   *
   * @return for example {@code sivi4j/0.1.0 Java/17.0.15}
   */
  public static String userAgent() {
    return "sivi4j/" + VERSION + " Java/" + System.getProperty("java.version", "unknown");
  }

  /**
   * Runs a call to the end on the calling thread, sleeping between attempts.
   *
   * @param spec the call
   * @param transport the blocking transport
   * @param <T> the result type
   * @return the result
   * @throws dev.sivi4j.error.SiviException if the call failed
   * @throws IllegalStateException if the current thread must not block
   */
  public <T> @Nullable T execute(CallSpec<T> spec, SiviTransport transport) {
    checkBlockingAllowed(spec);
    Call<T> call = new Call<>(this, spec);
    Step<T> step = call.start();
    while (true) {
      if (step instanceof Step.Send<T> send) {
        try {
          step = call.onResponse(transport.send(send.request()));
        } catch (TransportException | RuntimeException e) {
          step = call.onFailure(e);
        }
      } else if (step instanceof Step.Acquire<T> acquire) {
        try {
          step = call.onDecision(acquire.limiter().acquire(acquire.request()));
        } catch (RuntimeException e) {
          step = call.onLimiterFailure(e);
        }
      } else if (step instanceof Step.Wait<T> wait) {
        try {
          time.sleep(wait.delay());
          step = call.resume();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          step = call.onFailure(new TransportException(TransportErrorKind.INTERRUPTED, "interrupted while waiting to retry", e));
        }
      } else if (step instanceof Step.Done<T> done) {
        return done.value();
      } else {
        throw ((Step.Fail<T>) step).error();
      }
    }
  }

  /**
   * Runs a call without blocking, waiting between attempts on the transport's scheduler. Cancelling
   * the returned future aborts the attempt in flight and any pending wait.
   *
   * @param spec the call
   * @param transport the async transport
   * @param <T> the result type
   * @return the result, or a {@link dev.sivi4j.error.SiviException}
   */
  public <T> CompletableFuture<@Nullable T> executeAsync(CallSpec<T> spec, SiviAsyncTransport transport) {
    return executeAsync(spec, transport, Function.identity());
  }

  /**
   * Runs a call without blocking and completes the returned future with {@code finish} applied to its
   * result: the client's view of the answer, with no second future between the call and the caller.
   *
   * @param spec the call
   * @param transport the async transport
   * @param finish maps the call's result; an exception it throws fails the future
   * @param <S> the call's result type
   * @param <T> the returned type
   * @return the mapped result, or a {@link dev.sivi4j.error.SiviException}
   */
  public <S, T> CompletableFuture<T> executeAsync(
      CallSpec<S> spec, SiviAsyncTransport transport, Function<? super @Nullable S, ? extends T> finish) {
    AsyncRun<S, T> run = new AsyncRun<>(new Call<>(this, spec), transport, finish);
    run.advance(run.call.start());
    return run.result;
  }

  private <T> void checkBlockingAllowed(CallSpec<T> spec) {
    for (BlockingCallGuard guard : GUARDS) {
      guard
          .blockingForbiddenReason()
          .ifPresent(
              reason -> {
                throw new IllegalStateException(
                    spec.operation().methodName()
                        + " is a blocking call and "
                        + reason
                        + "; use the non-blocking client (VertxSiviClient or SiviAsyncClient) here");
              });
    }
  }

  /** The async driver: the same steps as {@link #execute}, sending and waiting without blocking. */
  private static final class AsyncRun<S, T> {
    final Call<S> call;
    final SiviAsyncTransport transport;
    final Function<? super @Nullable S, ? extends T> finish;
    final CompletableFuture<T> result = new Result();
    volatile @Nullable CompletableFuture<TransportResponse> inFlight;
    volatile Scheduler.@Nullable Cancellable timer;

    AsyncRun(Call<S> call, SiviAsyncTransport transport, Function<? super @Nullable S, ? extends T> finish) {
      this.call = call;
      this.transport = transport;
      this.finish = finish;
    }

    /** Stops the attempt or the wait in progress once the caller has cancelled. */
    void cancelled() {
      call.cancelled();
      CompletableFuture<TransportResponse> attempt = inFlight;
      Scheduler.Cancellable wait = timer;
      if (attempt != null) {
        attempt.cancel(true);
      }
      if (wait != null) {
        wait.cancel();
      }
    }

    /**
     * The caller's future, which notices its own cancellation: cheaper than a {@code whenComplete}
     * stage on every call (a second future and a completion node) only to watch for a cancel.
     */
    private final class Result extends CompletableFuture<T> {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
          cancelled();
        }
        return cancelled;
      }

      @Override
      public boolean completeExceptionally(Throwable error) {
        boolean completed = super.completeExceptionally(error);
        if (completed && error instanceof CancellationException) {
          cancelled();
        }
        return completed;
      }
    }

    void advance(Step<S> step) {
      if (result.isDone()) {
        return;
      }
      if (step instanceof Step.Send<S> send) {
        CompletionStage<TransportResponse> stage;
        try {
          stage = transport.send(send.request());
        } catch (RuntimeException e) {
          advance(call.onFailure(e));
          return;
        }
        inFlight = cancellable(stage);
        stage.whenComplete(
            (response, error) -> {
              try {
                advance(error == null ? call.onResponse(response) : call.onFailure(error));
              } catch (RuntimeException e) {
                // Nothing may escape into the transport's callback, where it would leave the call hanging.
                result.completeExceptionally(e);
              }
            });
      } else if (step instanceof Step.Acquire<S> acquire) {
        CompletionStage<RateLimitDecision> decision;
        try {
          decision = acquire.limiter().acquireAsync(acquire.request());
        } catch (RuntimeException e) {
          advance(call.onLimiterFailure(e));
          return;
        }
        decision.whenComplete(
            (granted, error) -> {
              try {
                advance(error == null ? call.onDecision(granted) : call.onLimiterFailure(error));
              } catch (RuntimeException e) {
                result.completeExceptionally(e);
              }
            });
      } else if (step instanceof Step.Wait<S> wait) {
        timer = transport.scheduler().schedule(wait.delay(), () -> advance(call.resume()));
      } else if (step instanceof Step.Done<S> done) {
        T value;
        try {
          value = finish.apply(done.value());
        } catch (RuntimeException e) {
          result.completeExceptionally(e);
          return;
        }
        result.complete(value);
      } else {
        result.completeExceptionally(((Step.Fail<S>) step).error());
      }
    }
  }

  /** The stage as a future that cancellation reaches, if the transport's stage offers one. */
  private static @Nullable CompletableFuture<TransportResponse> cancellable(CompletionStage<TransportResponse> stage) {
    try {
      return stage.toCompletableFuture();
    } catch (RuntimeException e) {
      // Some CompletionStage implementations refuse to expose a future; such a call is not abortable.
      return null;
    }
  }

  Duration backoff(int retry) {
    long ceiling = retryPolicy.backoffCeiling(retry).toNanos();
    return Duration.ofNanos((long) (jitter.getAsDouble() * ceiling));
  }

  SiviConfig config() {
    return config;
  }

  Timeouts timeouts() {
    return timeouts;
  }

  RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  TimeSource time() {
    return time;
  }

  Endpoints endpoints() {
    return endpoints;
  }

  List<Header> headers() {
    return headers;
  }

  Failures failures() {
    return failures;
  }

  RetryBudget retryBudget() {
    return retryBudget;
  }

  @Nullable RateGate rateGate() {
    return rateGate;
  }

  @Nullable Listeners listeners() {
    return listeners;
  }

  private static String readVersion() {
    try (InputStream in = Pipeline.class.getResourceAsStream("sivi4j.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
