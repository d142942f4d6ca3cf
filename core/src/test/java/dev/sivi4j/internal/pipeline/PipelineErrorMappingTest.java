package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.RetryPolicy;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.AuthenticationException;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.error.InvalidInputException;
import dev.sivi4j.error.PermissionDeniedException;
import dev.sivi4j.error.RateLimitedException;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.error.SiviApiException;
import dev.sivi4j.error.SiviException;
import dev.sivi4j.error.SiviResponseException;
import dev.sivi4j.error.UnexpectedStatusException;
import dev.sivi4j.error.UserNotFoundException;
import dev.sivi4j.internal.fakes.Bodies;
import dev.sivi4j.internal.fakes.Replies;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every documented error variant, and the undocumented ones to tolerate, map to the right exception. */
class PipelineErrorMappingTest {
  private static final String HTML_502 = "<html><body><h1>502 Bad Gateway</h1></body></html>";

  /** One response and the exception it must become. */
  record Case(
      String name,
      int http,
      String body,
      Class<? extends SiviApiException> expected,
      int statusCode,
      @Nullable String serverMessage) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> cases() {
    return List.of(
        new Case("400 User does not exists", 400, Bodies.message(400, "User does not exists"), UserNotFoundException.class, 400, "User does not exists"),
        new Case("400 User does not exist", 400, Bodies.message(400, "User does not exist"), UserNotFoundException.class, 400, "User does not exist"),
        new Case("404 User not found", 404, Bodies.message(404, "User not found"), UserNotFoundException.class, 404, "User not found"),
        new Case("401", 401, Bodies.message(401, "Failed to authenticate request. Please add sivi-api-key header in request"), AuthenticationException.class, 401, "Failed to authenticate request. Please add sivi-api-key header in request"),
        new Case("403", 403, Bodies.message(403, "Insufficient privileges"), PermissionDeniedException.class, 403, "Insufficient privileges"),
        new Case("422 Invalid input", 422, Bodies.message(422, "Invalid input"), InvalidInputException.class, 422, "Invalid input"),
        new Case("400 other message", 400, Bodies.message(400, "brandName is required"), InvalidInputException.class, 400, "brandName is required"),
        new Case("429 credit", 429, Bodies.message(429, "Insufficient credit limit"), CreditLimitExceededException.class, 429, "Insufficient credit limit"),
        new Case("429 rate limit", 429, Bodies.message(429, "Rate limit exceeded. Please try again later."), RateLimitedException.class, 429, "Rate limit exceeded. Please try again later."),
        new Case("500", 500, Bodies.message(500, "Server internal error"), ServerErrorException.class, 500, "Server internal error"),
        new Case("envelope 400 in HTTP 200", 200, Bodies.message(400, "User does not exist"), UserNotFoundException.class, 400, "User does not exist"),
        new Case("envelope 422 in HTTP 500", 500, Bodies.message(422, "Invalid input"), InvalidInputException.class, 422, "Invalid input"),
        new Case("HTML 502 page", 502, HTML_502, ServerErrorException.class, 502, null),
        new Case("HTML 401 page", 401, "<html>Unauthorized</html>", AuthenticationException.class, 401, null),
        new Case("HTML 429 page", 429, "Too Many Requests", RateLimitedException.class, 429, null),
        new Case("bare 404", 404, "Not Found", UnexpectedStatusException.class, 404, null),
        new Case("302 redirect", 302, "", UnexpectedStatusException.class, 302, null),
        new Case("418", 418, Bodies.message(418, "teapot"), UnexpectedStatusException.class, 418, "teapot"));
  }

  static Stream<Arguments> casesOnBothDrivers() {
    List<Arguments> all = new ArrayList<>();
    for (Driver driver : Driver.values()) {
      for (Case c : cases()) {
        all.add(Arguments.of(driver, c));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("casesOnBothDrivers")
  void mapsEachVariantToItsException(Driver driver, Case c) {
    Harness harness =
        new Harness(driver, Harness.config().retryPolicy(RetryPolicy.none()).build())
            .replies(Replies.status(c.http(), c.body()));

    SiviApiException error = harness.failure(SiviApiException.class, harness.setCreditLimit());

    assertThat(error).isExactlyInstanceOf(c.expected());
    assertThat(error.statusCode()).isEqualTo(c.statusCode());
    assertThat(error.serverMessage()).isEqualTo(java.util.Optional.ofNullable(c.serverMessage()));
    assertThat(error.httpStatus()).hasValue(c.http());
    assertThat(error.operation()).isEqualTo(Operation.SET_CREDIT_LIMIT);
    assertThat(error.attempts()).isEqualTo(1);
    assertThat(error.bodyExcerpt()).isEqualTo(c.body());
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void envelopeStatusWinsOverTheHttpStatusInBothDirections(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.status(400, Bodies.message(200, "Successfully deleted the user")));
    assertThat(harness.run(harness.delete())).isEqualTo("Successfully deleted the user");
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void envelopeStatusIsReportedBesideTheHttpStatus(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.status(200, Bodies.message(400, "User does not exist")));
    UserNotFoundException error = harness.failure(UserNotFoundException.class, harness.delete());
    assertThat(error.httpStatus()).hasValue(200);
    assertThat(error.envelopeStatus()).hasValue(400);
    assertThat(error).hasMessage("deleteUser failed: user not found: User does not exist (HTTP 200, envelope status 400)");
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void creditLimitExceededIsNeverRetried(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.error(429, "Insufficient credit limit"));
    CreditLimitExceededException error = harness.failure(CreditLimitExceededException.class, harness.setCreditLimit());
    assertThat(error.attempts()).isEqualTo(1);
    assertThat(harness.requests()).hasSize(1);
    assertThat(harness.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void errorEnvelopeInsideAServerErrorIsNotRetriedWhenItSaysInvalidInput(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.status(500, Bodies.message(422, "Invalid input")));
    assertThat(harness.failure(InvalidInputException.class, harness.setCreditLimit()).attempts()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void answersThatAreNotAccidentsAreNeverRetried(Driver driver) {
    for (int status : new int[] {400, 401, 403, 404, 422}) {
      Harness harness = new Harness(driver).replies(Replies.error(status, "no"));
      SiviException error = harness.failure(SiviApiException.class, harness.setCreditLimit());
      assertThat(error.attempts()).as("HTTP %d", status).isEqualTo(1);
      assertThat(harness.requests()).as("HTTP %d", status).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void successStatusWithABodyThatIsNotJsonIsAMalformedBody(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.status(200, "<html>OK</html>"));
    SiviResponseException error = harness.failure(SiviResponseException.class, harness.delete());
    assertThat(error.reason()).isEqualTo(SiviResponseException.Reason.MALFORMED_BODY);
    assertThat(error.attempts()).isEqualTo(1);
    assertThat(error.httpStatus()).hasValue(200);
    assertThat(error.bodyExcerpt()).isEqualTo("<html>OK</html>");
    assertThat(error).hasMessageContaining("response is not a JSON object");
    assertThat(harness.requests()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void successMissingARequiredFieldIsAMalformedBody(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.status(200, "{\"status\":200,\"body\":{\"workspaceId\":\"ws\"}}"));
    SiviResponseException error = harness.failure(SiviResponseException.class, harness.login());
    assertThat(error.reason()).isEqualTo(SiviResponseException.Reason.MALFORMED_BODY);
    assertThat(error).hasMessageContaining("body.accessToken is missing");
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void successWhoseValuesFailDomainValidationIsAMalformedBody(Driver driver) {
    // The codec accepts the shape; the domain refuses an empty workspace id while the result is built.
    Harness harness = new Harness(driver).replies(Replies.status(200, Bodies.login("", "acc", "ref")));
    SiviResponseException error = harness.failure(SiviResponseException.class, harness.login());
    assertThat(error.reason()).isEqualTo(SiviResponseException.Reason.MALFORMED_BODY);
    assertThat(error).hasMessageContaining("workspaceId must not be blank");
    assertThat(error.attempts()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void htmlErrorPageFromAProxyIsRetriedAsAServerError(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.status(502, HTML_502), Replies.ok());
    assertThat(harness.run(harness.delete())).isEqualTo("Successfully done");
    assertThat(harness.requests()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void longBodiesAreCutInTheExcerpt(Driver driver) {
    String body = "x".repeat(5000);
    Harness harness = new Harness(driver, Harness.config().retryPolicy(RetryPolicy.none()).build()).replies(Replies.status(503, body));
    ServerErrorException error = harness.failure(ServerErrorException.class, harness.delete());
    assertThat(error.bodyExcerpt()).hasSize(Failures.EXCERPT_CHARS + 1).startsWith("xxx").endsWith("…");
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void controlCharactersInTheBodyAreBlankedInTheExcerpt(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.status(404, "line1\r\nline2\u0000"));
    UnexpectedStatusException error = harness.failure(UnexpectedStatusException.class, harness.delete());
    assertThat(error.bodyExcerpt()).isEqualTo("line1  line2 ");
  }
}
