package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.error.AuthenticationException;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.error.SiviApiException;
import dev.sivi4j.error.SiviException;
import dev.sivi4j.error.SiviResponseException;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.internal.fakes.Bodies;
import dev.sivi4j.internal.fakes.FakeCodec;
import dev.sivi4j.internal.fakes.Replies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The API key never shows in an exception, even when the service (or a careless adapter) echoes it. */
class SecretRedactionTest {
  private static final String KEY = Harness.KEY;

  private static void assertNoKey(SiviException error) {
    // No run of 8 or more characters of the key, so a cut-off key cannot leak either.
    for (int i = 0; i + 8 <= KEY.length(); i++) {
      String piece = KEY.substring(i, i + 8);
      assertThat(error.getMessage()).as("message").doesNotContain(piece);
      assertThat(error.bodyExcerpt()).as("excerpt").doesNotContain(piece);
      assertThat(error.toString()).as("toString").doesNotContain(piece);
      if (error instanceof SiviApiException api) {
        assertThat(api.serverMessage().orElse("")).as("server message").doesNotContain(piece);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void hidesAKeyTheServiceEchoesInItsMessage(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.error(401, "Invalid api key " + KEY + " for this account"));
    AuthenticationException error = harness.failure(AuthenticationException.class, harness.delete());
    assertNoKey(error);
    assertThat(error.serverMessage()).hasValue("Invalid api key *** for this account");
    assertThat(error.bodyExcerpt()).contains("Invalid api key *** for this account");
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void hidesAKeyEchoedInAnErrorPageThatIsNotJson(Driver driver) {
    SiviConfig config = Harness.config().retryPolicy(RetryPolicy.none()).build();
    Harness harness = new Harness(driver, config).replies(Replies.status(502, "<pre>sivi-api-key: " + KEY + "</pre>"));
    ServerErrorException error = harness.failure(ServerErrorException.class, harness.delete());
    assertNoKey(error);
    assertThat(error.bodyExcerpt()).isEqualTo("<pre>sivi-api-key: ***</pre>");
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void hidesAKeyEchoedWhereTheExcerptIsCut(Driver driver) {
    String body = "x".repeat(Failures.EXCERPT_CHARS - 12) + KEY + "y".repeat(100);
    SiviConfig config = Harness.config().retryPolicy(RetryPolicy.none()).build();
    Harness harness = new Harness(driver, config).replies(Replies.status(503, body));
    assertNoKey(harness.failure(ServerErrorException.class, harness.delete()));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void hidesAKeyEchoedWhereTheServerMessageIsCut(Driver driver) {
    String message = "m".repeat(188) + KEY;
    Harness harness = new Harness(driver).replies(Replies.status(403, Bodies.message(403, message)));
    assertNoKey(harness.failure(SiviApiException.class, harness.delete()));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void hidesAKeyInTheMessageOfACarelessCodec(Driver driver) {
    Harness harness =
        new Harness(driver, Harness.config().build(), () -> 0.5, FakeCodec.echoingBodyInErrors())
            .replies(Replies.status(200, "{\"status\":200,\"body\":{\"echo\":\"" + KEY + "\"}}"));
    SiviResponseException error = harness.failure(SiviResponseException.class, harness.delete());
    assertThat(error.reason()).isEqualTo(SiviResponseException.Reason.MALFORMED_BODY);
    assertNoKey(error);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void hidesAKeyInTheMessageOfACarelessTransport(Driver driver) {
    SiviConfig config = Harness.config().retryPolicy(RetryPolicy.none()).build();
    Harness harness =
        new Harness(driver, config)
            .replies(
                (request, time) -> {
                  throw new TransportException(
                      TransportErrorKind.CONNECTION_RESET, "reset while sending " + request.headers(), null);
                });
    Harness careless =
        new Harness(driver, config)
            .replies(
                (request, time) -> {
                  throw new TransportException(
                      TransportErrorKind.TLS_FAILED, "handshake failed for sivi-api-key=" + request.headers().get(0).value(), null);
                });
    SiviTransportException polite = harness.failure(SiviTransportException.class, harness.delete());
    assertNoKey(polite);
    assertThat(polite).hasMessageContaining("sivi-api-key: ***");
    assertNoKey(careless.failure(SiviTransportException.class, careless.delete()));
  }
}
