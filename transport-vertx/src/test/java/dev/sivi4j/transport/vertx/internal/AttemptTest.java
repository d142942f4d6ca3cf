package dev.sivi4j.transport.vertx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.spi.TransportResponse;
import io.vertx.core.http.HttpClientRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AttemptTest {
  private final AtomicInteger resets = new AtomicInteger();
  private final HttpClientRequest request =
      (HttpClientRequest)
          Proxy.newProxyInstance(
              HttpClientRequest.class.getClassLoader(),
              new Class<?>[] {HttpClientRequest.class},
              (proxy, method, args) -> {
                if (method.getName().equals("reset")) {
                  resets.incrementAndGet();
                }
                return null;
              });

  @Test
  void abortResetsTheRequestHandedOverBefore() {
    Attempt attempt = new Attempt(10);
    attempt.attach(request);

    attempt.abort(TransportErrorKind.CANCELLED, "the call was cancelled");

    assertThat(resets).hasValue(1);
  }

  @Test
  void requestHandedOverAfterAnAbortIsResetAtOnce() {
    Attempt attempt = new Attempt(10);
    attempt.abort(TransportErrorKind.RESPONSE_TIMEOUT, "no complete response");

    attempt.attach(request);

    assertThat(resets).hasValue(1);
  }

  @Test
  void firstReasonHoldsAndResetsOnce() {
    Attempt attempt = new Attempt(10);
    attempt.attach(request);

    attempt.abort(TransportErrorKind.RESPONSE_TIMEOUT, "no complete response");
    attempt.abortTooLarge();

    assertThat(attempt.aborted()).isNotNull();
    assertThat(attempt.aborted().kind()).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT);
    assertThat(resets).hasValue(1);
  }

  @Test
  void attemptThatEndsNormallyNeverResets() {
    Attempt attempt = new Attempt(10);
    attempt.attach(request);

    assertThat(attempt.aborted()).isNull();
    assertThat(resets).hasValue(0);
  }

  @Test
  void cancellingTheFutureAbortsAsCancelledAndResets() {
    Attempt attempt = new Attempt(10);
    attempt.attach(request);

    assertThat(attempt.cancel(true)).isTrue();

    assertThat(attempt.aborted()).isNotNull();
    assertThat(attempt.aborted().kind()).isEqualTo(TransportErrorKind.CANCELLED);
    assertThat(resets).hasValue(1);
  }

  @Test
  void cancellingAFinishedAttemptChangesNothing() {
    Attempt attempt = new Attempt(10);
    attempt.attach(request);
    attempt.complete(new TransportResponse(200, Map.of(), new byte[0]));

    assertThat(attempt.cancel(true)).isFalse();

    assertThat(attempt.aborted()).isNull();
    assertThat(resets).hasValue(0);
  }
}
