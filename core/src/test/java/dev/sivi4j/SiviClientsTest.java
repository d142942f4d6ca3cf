package dev.sivi4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.internal.fakes.FakeCodec;
import dev.sivi4j.internal.fakes.FakeScheduler;
import dev.sivi4j.internal.fakes.FakeTime;
import dev.sivi4j.internal.fakes.Replies;
import dev.sivi4j.internal.fakes.Script;
import dev.sivi4j.internal.fakes.ScriptedAsyncTransport;
import dev.sivi4j.internal.fakes.ScriptedTransport;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The public seam turns any transport into a client on the one pipeline. */
class SiviClientsTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-42");
  private static final SiviConfig CONFIG =
      SiviConfig.builder().apiKey(ApiKey.superUser("sk_live_SeamKey0123456789")).rateLimit(RateLimit.off()).build();

  private final FakeTime time = new FakeTime();
  private final Script script = new Script(time);

  @Test
  void buildsABlockingClientThatSendsThroughTheGivenTransportWithTheGivenCodec() {
    script.then(Replies.ok());
    ScriptedTransport transport = new ScriptedTransport(script);

    try (SiviClient client = SiviClients.blocking(CONFIG, transport, new FakeCodec())) {
      client.setCreditLimit(USER, CreditLimit.of(100));
    }

    assertThat(script.requests()).singleElement().satisfies(request -> {
      assertThat(request.uri().getPath()).endsWith("/super/set-user-credit-limit");
      assertThat(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("user-42");
    });
    assertThat(transport.closed()).as("closing the client closes its transport").isTrue();
  }

  @Test
  void waitsForRetriesOnTheGivenTimeSourceWithTheGivenJitter() {
    script.then(Replies.error(503, "Service Unavailable"), Replies.ok());

    SiviClients.builder(CONFIG, new FakeCodec())
        .timeSource(time)
        .backoffJitter(() -> 0.5)
        .blocking(new ScriptedTransport(script))
        .setCreditLimit(USER, CreditLimit.of(100));

    assertThat(script.requests()).hasSize(2);
    assertThat(time.waits()).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void buildsAnAsyncClientThatSchedulesOnTheTransportsScheduler() {
    script.then(Replies.error(503, "Service Unavailable"), Replies.ok());
    FakeScheduler scheduler = new FakeScheduler(time);

    SiviClients.builder(CONFIG, new FakeCodec())
        .timeSource(time)
        .backoffJitter(() -> 0.5)
        .async(new ScriptedAsyncTransport(script, scheduler))
        .setCreditLimit(USER, CreditLimit.of(100))
        .toCompletableFuture()
        .join();

    assertThat(script.requests()).hasSize(2);
  }

  @Test
  void rejectsAMissingPart() {
    assertThatThrownBy(() -> SiviClients.blocking(CONFIG, null, new FakeCodec()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("transport");
    assertThatThrownBy(() -> SiviClients.builder(CONFIG, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("codec");
  }

  @Test
  void reportsTheVersionItSendsInTheUserAgent() {
    assertThat(SiviClients.version()).isNotBlank().doesNotContain("${");
  }
}
