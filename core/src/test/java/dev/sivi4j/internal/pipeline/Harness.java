package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sivi4j.ApiKey;
import dev.sivi4j.RateLimit;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.internal.fakes.FakeCodec;
import dev.sivi4j.internal.fakes.FakeScheduler;
import dev.sivi4j.internal.fakes.FakeTime;
import dev.sivi4j.internal.fakes.Reply;
import dev.sivi4j.internal.fakes.Script;
import dev.sivi4j.spi.SiviCodec;
import dev.sivi4j.spi.TransportRequest;
import java.time.Duration;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/** One pipeline on fakes: a manual clock, a scripted service, a fixed jitter of 0.5 unless told otherwise. */
final class Harness {
  static final String KEY = "sk_live_CanaryKey0123456789";
  static final AbstractUserId USER = AbstractUserId.of("user-42");

  final Driver driver;
  final FakeTime time = new FakeTime();
  final Script script = new Script(time);
  final FakeScheduler scheduler = new FakeScheduler(time);
  final Pipeline pipeline;
  final Requests requests;

  Harness(Driver driver) {
    this(driver, config().build());
  }

  Harness(Driver driver, SiviConfig config) {
    this(driver, config, () -> 0.5, new FakeCodec());
  }

  Harness(Driver driver, SiviConfig config, DoubleSupplier jitter, SiviCodec codec) {
    this.driver = driver;
    this.pipeline = new Pipeline(config, time, jitter);
    this.requests = new Requests(codec, config.apiKey().kind());
  }

  /** A superuser configuration with the default timeouts and retries and no client-side rate limit. */
  static SiviConfig.Builder config() {
    return SiviConfig.builder().apiKey(ApiKey.superUser(KEY)).rateLimit(RateLimit.off());
  }

  Harness replies(Reply... replies) {
    script.then(replies);
    return this;
  }

  <T> @Nullable T run(CallSpec<T> spec) {
    return run(pipeline, spec);
  }

  /** Runs a call on another pipeline over the same fakes, such as one with per-call options. */
  <T> @Nullable T run(Pipeline other, CallSpec<T> spec) {
    return driver.run(this, other, spec);
  }

  <E extends Throwable> E failure(Class<E> type, CallSpec<?> spec) {
    return failure(type, pipeline, spec);
  }

  <E extends Throwable> E failure(Class<E> type, Pipeline other, CallSpec<?> spec) {
    E error = catchThrowableOfType(type, () -> run(other, spec));
    if (error == null) {
      throw new AssertionError("expected " + type.getSimpleName() + " but the call succeeded");
    }
    return error;
  }

  List<TransportRequest> requests() {
    return script.requests();
  }

  List<Duration> waits() {
    return time.waits();
  }

  CallSpec<String> delete() {
    return requests.userCommand(Operation.DELETE_USER, USER);
  }

  CallSpec<String> reactivate() {
    return requests.userCommand(Operation.REACTIVATE_USER, USER);
  }

  CallSpec<String> setCreditLimit() {
    return requests.setCreditLimit(USER, CreditLimit.of(100));
  }

  CallSpec<UserLogin> login() {
    return requests.loginUser(LoginUserRequest.of(USER));
  }
}
