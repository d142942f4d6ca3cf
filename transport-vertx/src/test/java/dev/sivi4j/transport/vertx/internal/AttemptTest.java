package dev.sivi4j.transport.vertx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.spi.TransportResponse;
import io.vertx.core.http.HttpClientRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttemptTest {
  private final ResetCounter counter = new ResetCounter();
  private final HttpClientRequest request = counter.request();

  @Test
  void abortResetsTheRequestHandedOverBefore() {
    Attempt attempt = new Attempt(10);
    attempt.attach(request);

    attempt.abort(TransportErrorKind.CANCELLED, "the call was cancelled");

    assertThat(counter.resets()).isEqualTo(1);
  }

  @Test
  void requestHandedOverAfterAnAbortIsResetAtOnce() {
    Attempt attempt = new Attempt(10);
    attempt.abort(TransportErrorKind.RESPONSE_TIMEOUT, "no complete response");

    attempt.attach(request);

    assertThat(counter.resets()).isEqualTo(1);
  }

  @Test
  void firstReasonHoldsAndResetsOnce() {
    Attempt attempt = new Attempt(10);
    attempt.attach(request);

    attempt.abort(TransportErrorKind.RESPONSE_TIMEOUT, "no complete response");
    attempt.abortTooLarge();

    assertThat(attempt.aborted()).isNotNull();
    assertThat(attempt.aborted().kind()).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT);
    assertThat(counter.resets()).isEqualTo(1);
  }

  @Test
  void attemptThatEndsNormallyNeverResets() {
    Attempt attempt = new Attempt(10);
    attempt.attach(request);

    assertThat(attempt.aborted()).isNull();
    assertThat(counter.resets()).isEqualTo(0);
  }

  @Test
  void cancellingTheFutureAbortsAsCancelledAndResets() {
    Attempt attempt = new Attempt(10);
    attempt.attach(request);

    assertThat(attempt.cancel(true)).isTrue();

    assertThat(attempt.aborted()).isNotNull();
    assertThat(attempt.aborted().kind()).isEqualTo(TransportErrorKind.CANCELLED);
    assertThat(counter.resets()).isEqualTo(1);
  }

  @Test
  void cancellingAFinishedAttemptChangesNothing() {
    Attempt attempt = new Attempt(10);
    attempt.attach(request);
    attempt.complete(new TransportResponse(200, Map.of(), new byte[0]));

    assertThat(attempt.cancel(true)).isFalse();

    assertThat(attempt.aborted()).isNull();
    assertThat(counter.resets()).isEqualTo(0);
  }
}
