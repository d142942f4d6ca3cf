package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.RetryPolicy;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.error.InvalidInputException;
import dev.sivi4j.error.RateLimitedException;
import dev.sivi4j.error.SiviApiException;
import dev.sivi4j.error.SiviResponseException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.UnexpectedStatusException;
import dev.sivi4j.error.UserNotFoundException;
import dev.sivi4j.internal.fakes.Bodies;
import dev.sivi4j.internal.fakes.Replies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Only the documented messages decide what a 400, 404 or 429 means; everything else keeps its status' meaning. */
class DocumentedAnswersTest {
  private static Harness noRetries(Driver driver) {
    return new Harness(driver, Harness.config().retryPolicy(RetryPolicy.none()).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "User does not exists", "User does not exist", "User not found", "user not found", "USER DOES NOT EXIST",
      "  User not found  ", "User does not exists.", " user not found. ", "\tUser does not exist.\n"})
  void documentedNotFoundMessagesInAnyCaseWithWhitespaceOrATrailingPeriodAreUserNotFound(String message) {
    for (Driver driver : Driver.values()) {
      for (int status : new int[] {400, 404}) {
        Harness harness = noRetries(driver).replies(Replies.error(status, message));
        assertThat(harness.failure(SiviApiException.class, harness.setCreditLimit()))
            .as("%s %d %s", driver, status, message)
            .isExactlyInstanceOf(UserNotFoundException.class);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void otherBadRequestsAreInvalidInputEvenWhenTheySayNotFound(Driver driver) {
    for (String message : new String[] {"Plan not found", "Workspace not found", "Brand does not exist", "User not found!",
        "Error: User does not exist", "User not found..", "User does not exist yet", "Not Found"}) {
      Harness harness = noRetries(driver).replies(Replies.error(400, message));
      assertThat(harness.failure(SiviApiException.class, harness.login())).as(message).isExactlyInstanceOf(InvalidInputException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void badRequestWithoutAMessageIsInvalidInput(Driver driver) {
    Harness harness = noRetries(driver).replies(Replies.status(400, "{\"status\":400,\"body\":{}}"));
    assertThat(harness.failure(SiviApiException.class, harness.delete())).isExactlyInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NONE", value = {"Not Found", "Cannot POST /api/prod/v2/supr/delete-user", "Plan not found", "NONE"})
  void otherNotFoundStatusesSayTheEndpointOrPrefixMayBeWrong(String message) {
    for (Driver driver : Driver.values()) {
      String body = message == null ? "{\"status\":404,\"body\":{}}" : Bodies.message(404, message);
      Harness harness = noRetries(driver).replies(Replies.status(404, body));
      SiviApiException error = harness.failure(SiviApiException.class, harness.delete());
      assertThat(error).isExactlyInstanceOf(UnexpectedStatusException.class);
      assertThat(error.getMessage()).contains("endpoint or its path prefix may be wrong").contains("pathPrefix");
      assertThat(error.statusCode()).isEqualTo(404);
      assertThat(harness.requests()).hasSize(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Insufficient credit limit", "Insufficient Credits", "insufficient credit limit.", "  INSUFFICIENT CREDITS "})
  void documentedCreditMessagesAreCreditLimitExceeded(String message) {
    for (Driver driver : Driver.values()) {
      Harness harness = new Harness(driver).replies(Replies.error(429, message));
      assertThat(harness.failure(SiviApiException.class, harness.login())).isExactlyInstanceOf(CreditLimitExceededException.class);
      assertThat(harness.requests()).hasSize(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Credit checks are rate limited", "Rate limit exceeded. Please try again later.", "credit"})
  void otherTooManyRequestsAreRateLimitsAndRetried(String message) {
    for (Driver driver : Driver.values()) {
      Harness harness =
          new Harness(driver).replies(Replies.error(429, message), Replies.error(429, message), Replies.error(429, message));
      RateLimitedException error = harness.failure(RateLimitedException.class, harness.login());
      assertThat(error.attempts()).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void deleteRetriedAfterAnUnknownOutcomeThatAnswersAnotherNotFoundFails(Driver driver) {
    Harness harness =
        new Harness(driver).replies(Replies.failure(TransportErrorKind.CONNECTION_RESET), Replies.error(400, "Workspace not found"));
    InvalidInputException error = harness.failure(InvalidInputException.class, harness.delete());
    assertThat(error.attempts()).isEqualTo(2);
    assertThat(error.serverMessage()).hasValue("Workspace not found");
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void deleteRetriedAfterAnUnknownOutcomeThatAnswersABare404Fails(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.failure(TransportErrorKind.CONNECTION_RESET), Replies.status(404, "Not Found"));
    assertThat(harness.failure(UnexpectedStatusException.class, harness.delete()).attempts()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void deleteAndReactivateAnsweredNoContentSucceed(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.status(204, ""), Replies.status(204, ""));
    assertThat(harness.run(harness.delete())).isEmpty();
    assertThat(harness.run(harness.reactivate())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void otherOperationsAnsweredNoContentAreMalformed(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.status(204, ""));
    SiviResponseException error = harness.failure(SiviResponseException.class, harness.login());
    assertThat(error.reason()).isEqualTo(SiviResponseException.Reason.MALFORMED_BODY);
  }
}
