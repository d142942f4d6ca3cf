package dev.sivi4j.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.KeyKind;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportedVariant;
import dev.sivi4j.error.UserNotFoundException;
import dev.sivi4j.internal.fakes.Bodies;
import dev.sivi4j.internal.fakes.Replies;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/** The async export: demand-driven, one window at a time, cancellable. */
class ExportPublisherTest {
  private final ClientFixture fixture = new ClientFixture(KeyKind.ENTERPRISE_ADMIN);

  private RecordingSubscriber<ExportPage> subscribe(long seconds, long window) {
    RecordingSubscriber<ExportPage> subscriber = new RecordingSubscriber<>();
    fixture.async.exportData(ClientFixture.export(seconds, window)).subscribe(subscriber);
    return subscriber;
  }

  private void answerWindows(int count) {
    for (int i = 0; i < count; i++) {
      fixture.script.then(Replies.status(200, Bodies.export(false, "v" + i)));
    }
  }

  @Test
  void fetchesNothingBeforeDemand() {
    RecordingSubscriber<ExportPage> subscriber = subscribe(300, 100);
    assertThat(fixture.script.requests()).isEmpty();
    assertThat(subscriber.items).isEmpty();
    assertThat(subscriber.terminalSignals).isZero();
  }

  @Test
  void fetchesOneWindowPerRequestedPage() {
    answerWindows(3);
    RecordingSubscriber<ExportPage> subscriber = subscribe(300, 100);

    subscriber.subscription().request(1);

    assertThat(subscriber.items).hasSize(1);
    assertThat(fixture.script.requests()).extracting(ClientFixture::window).containsExactly("0-100");
    subscriber.subscription().request(1);
    assertThat(fixture.script.requests()).extracting(ClientFixture::window).containsExactly("0-100", "100-200");
    assertThat(subscriber.terminalSignals).isZero();
  }

  @Test
  void deliversEveryPageInTimeOrderThenCompletes() {
    fixture.script.then(Replies.status(200, Bodies.export(true)));
    answerWindows(3);
    RecordingSubscriber<ExportPage> subscriber = subscribe(400, 200);

    subscriber.subscription().request(Long.MAX_VALUE);

    assertThat(fixture.script.requests()).extracting(ClientFixture::window).containsExactly("0-200", "0-100", "100-200", "200-400");
    assertThat(subscriber.items).flatExtracting(ExportPage::variants).extracting(ExportedVariant::variantId).containsExactly("v0", "v1", "v2");
    assertThat(subscriber.completions).isEqualTo(1);
    assertThat(subscriber.error).isNull();
  }

  @Test
  void keepsOnlyOneWindowInFlight() {
    fixture.asyncTransport.hold();
    answerWindows(3);
    RecordingSubscriber<ExportPage> subscriber = subscribe(300, 100);

    subscriber.subscription().request(3);
    assertThat(fixture.asyncTransport.inFlight()).hasSize(1);

    fixture.asyncTransport.releaseNext();
    assertThat(subscriber.items).hasSize(1);
    assertThat(fixture.asyncTransport.inFlight()).hasSize(2);
  }

  @Test
  void subscriberThatRequestsFromOnNextGetsEveryPage() {
    answerWindows(500);
    RecordingSubscriber<ExportPage> subscriber = new RecordingSubscriber<>(true);
    fixture.async.exportData(ClientFixture.export(500, 1)).subscribe(subscriber);

    subscriber.subscription().request(1);

    assertThat(subscriber.items).hasSize(500);
    assertThat(subscriber.completions).isEqualTo(1);
  }

  @Test
  void cancellingStopsTheWalkAndCancelsTheWindowInFlight() {
    fixture.asyncTransport.hold();
    answerWindows(3);
    RecordingSubscriber<ExportPage> subscriber = subscribe(300, 100);
    subscriber.subscription().request(3);

    subscriber.subscription().cancel();

    assertThat(fixture.asyncTransport.inFlight().get(0)).isCancelled();
    subscriber.subscription().request(1);
    assertThat(fixture.script.requests()).hasSize(1);
    assertThat(subscriber.items).isEmpty();
    assertThat(subscriber.terminalSignals).isZero();
  }

  @Test
  void failureEndsTheWalkWithTheSiviException() {
    fixture.script.then(Replies.status(200, Bodies.export(false, "a")), Replies.error(400, "User does not exist"));
    RecordingSubscriber<ExportPage> subscriber = subscribe(300, 100);

    subscriber.subscription().request(10);

    assertThat(subscriber.items).hasSize(1);
    assertThat(subscriber.error).isInstanceOf(UserNotFoundException.class);
    assertThat(subscriber.terminalSignals).isEqualTo(1);
    assertThat(fixture.script.requests()).hasSize(2);
  }

  @Test
  void nonPositiveRequestIsAnError() {
    RecordingSubscriber<ExportPage> subscriber = subscribe(300, 100);
    subscriber.subscription().request(0);
    assertThat(subscriber.error).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n > 0");
    assertThat(fixture.script.requests()).isEmpty();
  }

  @Test
  void eachSubscriberWalksTheRangeAfresh() {
    answerWindows(2);
    Flow.Publisher<ExportPage> publisher = fixture.async.exportData(ClientFixture.export(100, 100));
    RecordingSubscriber<ExportPage> first = new RecordingSubscriber<>();
    RecordingSubscriber<ExportPage> second = new RecordingSubscriber<>();
    publisher.subscribe(first);
    publisher.subscribe(second);

    first.subscription().request(5);
    second.subscription().request(5);

    assertThat(fixture.script.requests()).extracting(ClientFixture::window).containsExactly("0-100", "0-100");
    assertThat(first.completions).isEqualTo(1);
    assertThat(second.completions).isEqualTo(1);
  }
}
