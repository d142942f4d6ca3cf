package dev.sivi4j.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.ExportedContent;
import dev.sivi4j.domain.ExportedMedia;
import dev.sivi4j.domain.ExportedVariant;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.error.InvalidInputException;
import dev.sivi4j.error.RateLimitedException;
import dev.sivi4j.error.SiviResponseException;
import dev.sivi4j.error.UnexpectedStatusException;
import dev.sivi4j.error.UserNotFoundException;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.internal.http.HttpReply;
import dev.sivi4j.testkit.internal.http.WireFault;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * How a transport's client reads the service's answers where a loose reading would mislead its user:
 * only the documented messages decide "user not found" and "credits exhausted"; a 404 without one says
 * the endpoint may be wrong; a delete is taken as done after an unknown outcome only on a documented
 * not-found answer; a 204 is success; exports are bounded, lose nothing silently and repeat nothing at
 * a shared window boundary; and bodies that are not what the documentation shows are malformed.
 */
public abstract class WireSemanticsContract extends TransportContract {
  private static final String SUMMARY =
      "{\"numberOfGeneratedDesignVariations\":1,\"numberOfEditedDesigns\":0,\"numberOfDownloadedDesigns\":0,"
          + "\"numberOfMedia\":0,\"mediaSize\":\"0Mb\"}";
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /**
   * For subclasses.
   *
   * @param transport the transport under test, fresh for this test
   */
  protected WireSemanticsContract(TransportUnderTest transport) {
    super(transport);
  }

  private SiviClient superClient(ScriptedSivi server) {
    return client(config(server.baseUri(), KeyKind.SUPER_USER).build());
  }

  private SiviClient enterpriseClient(ScriptedSivi server) {
    return client(config(server.baseUri(), KeyKind.ENTERPRISE_ADMIN).build());
  }

  @Test
  void loginAnsweredPlanNotFoundIsInvalidInputNotUserNotFound() {
    ScriptedSivi server = scripted(ScriptedSivi.error(400, "Plan not found"));

    InvalidInputException error =
        failure(call(() -> superClient(server).loginUser(LoginUserRequest.of(USER))), InvalidInputException.class, RELAXED);

    assertThat(error.serverMessage()).hasValue("Plan not found");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void documentedNotFoundIsReadInAnyCaseWithSurroundingSpaceAndATrailingPeriod() {
    ScriptedSivi server = scripted(ScriptedSivi.error(400, "  user DOES NOT exist. "), ScriptedSivi.error(404, "USER NOT FOUND."));
    SiviClient sivi = superClient(server);

    failure(run(() -> sivi.reactivateUser(USER)), UserNotFoundException.class, RELAXED);
    failure(run(() -> sivi.reactivateUser(USER)), UserNotFoundException.class, RELAXED);
  }

  @Test
  void notFoundWithoutADocumentedMessageSaysTheEndpointOrPrefixMayBeWrong() {
    ScriptedSivi server = scripted(ScriptedSivi.error(404, "Not Found"), ScriptedSivi.html(404));
    SiviClient sivi = superClient(server);

    UnexpectedStatusException enveloped = failure(run(() -> sivi.deleteUser(USER)), UnexpectedStatusException.class, RELAXED);
    UnexpectedStatusException page = failure(run(() -> sivi.deleteUser(USER)), UnexpectedStatusException.class, RELAXED);

    for (UnexpectedStatusException error : List.of(enveloped, page)) {
      assertThat(error.statusCode()).isEqualTo(404);
      assertThat(error.getMessage()).contains("the endpoint or its path prefix may be wrong");
    }
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void aWrongPathPrefixOnTheFakeIsAnUnexpectedStatusNotAMissingUser() {
    FakeSiviServer server = fakeServer();
    canaryAccount(server.fake(), KeyKind.SUPER_USER);
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).pathPrefix("supr").build());

    UnexpectedStatusException error = failure(run(() -> sivi.deleteUser(USER)), UnexpectedStatusException.class, RELAXED);

    assertThat(error.getMessage()).contains("path prefix may be wrong");
    assertThat(requestsSeen(server)).isEqualTo(1);
  }

  @Test
  void onlyTheDocumentedCreditMessagesAreCreditExhaustionOtherTooManyRequestsAreRetried() {
    ScriptedSivi credits = scripted(ScriptedSivi.error(429, "Insufficient Credits"));
    ScriptedSivi other = scripted(ScriptedSivi.error(429, "Too many credit checks"));

    failure(call(() -> superClient(credits).loginUser(LoginUserRequest.of(USER))), CreditLimitExceededException.class, RELAXED);
    RateLimitedException limited =
        failure(call(() -> superClient(other).loginUser(LoginUserRequest.of(USER))), RateLimitedException.class, RELAXED);

    assertThat(credits.requests()).hasSize(1);
    assertThat(limited.attempts()).isEqualTo(3);
    assertThat(other.requests()).hasSize(3);
  }

  @Test
  void deleteAfterAResetIsDoneOnlyWhenTheRetryAnswersADocumentedNotFound() {
    ScriptedSivi documented = scripted(reset(), ScriptedSivi.error(400, "User does not exists"));
    ScriptedSivi other = scripted(reset(), ScriptedSivi.error(400, "Workspace not found"));

    success(run(() -> superClient(documented).deleteUser(USER)), RELAXED);
    InvalidInputException error = failure(run(() -> superClient(other).deleteUser(USER)), InvalidInputException.class, RELAXED);

    assertThat(error.attempts()).isEqualTo(2);
    assertThat(documented.requests()).hasSize(2);
    assertThat(other.requests()).hasSize(2);
  }

  @Test
  void deleteAndReactivateAnsweredNoContentSucceed() {
    ScriptedSivi server = scripted(HttpReply.of(204, "application/json", new byte[0]));
    SiviClient sivi = superClient(server);

    success(run(() -> sivi.deleteUser(USER)), RELAXED);
    success(run(() -> sivi.reactivateUser(USER)), RELAXED);

    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void exportWhoseEveryWindowHasMoreStaysWithinTheDocumentedBoundAndSaysIncomplete() {
    ScriptedSivi server = scripted(ScriptedSivi.envelope(200, 200, exportBody("[]", "[]", "[]", 1)));
    Duration range = Duration.ofDays(30);

    List<ExportPage> pages =
        success(call(() -> enterpriseClient(server).exportData(ExportRequest.of(USER, T0, T0.plus(range))).toList()), RELAXED);

    long windows = 1;
    long bound = windows * Math.min(ExportRequest.MAX_CALLS_PER_WINDOW, Math.max(1, 2 * (ExportRequest.DEFAULT_WINDOW.getSeconds() / 60) - 1));
    assertThat((long) server.requests().size()).isLessThanOrEqualTo(bound).isLessThanOrEqualTo(64);
    assertThat(pages).isNotEmpty().noneMatch(ExportPage::complete);
    assertThat(pages.get(0).windowStart()).isEqualTo(T0);
    assertThat(pages.get(pages.size() - 1).windowEnd()).isEqualTo(T0.plus(range));
  }

  @Test
  void anItemOnTheSecondTwoWindowsShareComesBackOnce() {
    ScriptedSivi server =
        scripted(
            ScriptedSivi.envelope(200, 200, exportBody(
                "[" + variant("a") + "," + variant("edge") + "]",
                "[" + media("m-a") + "," + media("m-edge") + "]",
                "[" + snippet("c-edge") + "]", 0)),
            ScriptedSivi.envelope(200, 200, exportBody(
                "[" + variant("edge") + "," + variant("b") + "]",
                "[" + media("m-edge") + "]",
                "[" + snippet("c-edge") + "," + snippet("c-b") + "]", 0)));
    ExportRequest request = new ExportRequest(USER, T0, T0.plus(Duration.ofDays(2)), Duration.ofDays(1));

    List<ExportPage> pages = success(call(() -> enterpriseClient(server).exportData(request).toList()), RELAXED);

    assertThat(pages).flatExtracting(ExportPage::variants).extracting(ExportedVariant::variantId).containsExactly("a", "edge", "b");
    assertThat(pages).flatExtracting(ExportPage::media).extracting(ExportedMedia::url)
        .containsExactly("https://m.example/m-a", "https://m.example/m-edge");
    assertThat(pages).flatExtracting(ExportPage::content).extracting(ExportedContent::title).containsExactly("c-edge", "c-b");
    String first = new String(server.requests().get(0).body(), StandardCharsets.UTF_8);
    String second = new String(server.requests().get(1).body(), StandardCharsets.UTF_8);
    String boundary = String.valueOf(T0.plus(Duration.ofDays(1)).getEpochSecond());
    assertThat(first).contains("\"endDate\":" + boundary);
    assertThat(second).contains("\"startDate\":" + boundary);
  }

  @Test
  void exportAnswerWithoutItsArraysIsMalformedNotAnEmptyPage() {
    ScriptedSivi server =
        scripted(
            ScriptedSivi.envelope(200, 200, "{}"),
            ScriptedSivi.envelope(200, 200, "{\"designs\":[],\"media\":[],\"content\":[],\"next\":0}"));
    SiviClient sivi = enterpriseClient(server);
    ExportRequest request = ExportRequest.of(USER, T0, T0.plus(Duration.ofDays(1)));

    for (int i = 0; i < 2; i++) {
      SiviResponseException error = failure(call(() -> sivi.exportData(request).toList()), SiviResponseException.class, RELAXED);
      assertThat(error.reason()).isEqualTo(SiviResponseException.Reason.MALFORMED_BODY);
      assertThat(error.attempts()).isEqualTo(1);
    }
  }

  @Test
  void analysisWithoutMonthlyAnalysisIsMalformed() {
    ScriptedSivi server = scripted(ScriptedSivi.envelope(200, 200, analysisBody(null, "0")));

    SiviResponseException error = failure(call(() -> enterpriseClient(server).accountAnalysis(USER)), SiviResponseException.class, RELAXED);

    assertThat(error.reason()).isEqualTo(SiviResponseException.Reason.MALFORMED_BODY);
    assertThat(error.getMessage()).contains("monthlyAnalysis");
  }

  @Test
  void analysisReadsLastAccessedZeroAsNeverAndNegativeCreditsAsSent() {
    ScriptedSivi server = scripted(ScriptedSivi.envelope(200, 200, analysisBody("[" + SUMMARY + "]", "0")));

    AccountAnalysis analysis = success(call(() -> enterpriseClient(server).accountAnalysis(USER)), RELAXED);

    assertThat(analysis.lastAccessed()).isEmpty();
    assertThat(analysis.creditBalance().availableCredits()).isEqualTo(-5);
    assertThat(analysis.creditBalance().usedCredits()).isEqualTo(-1);
    assertThat(analysis.monthly()).hasSize(1);
  }

  @Test
  void aBodyWithAKeyTwiceIsMalformed() {
    ScriptedSivi server = scripted(ScriptedSivi.json(200, "{\"status\":200,\"body\":{\"message\":\"ok\",\"message\":\"no\"}}"));

    SiviResponseException error = failure(run(() -> superClient(server).deleteUser(USER)), SiviResponseException.class, RELAXED);

    assertThat(error.reason()).isEqualTo(SiviResponseException.Reason.MALFORMED_BODY);
    assertThat(server.requests()).hasSize(1);
  }

  private static HttpReply reset() {
    return ScriptedSivi.error(500, "never sent").withFault(new WireFault.Reset());
  }

  private static String exportBody(String variants, String media, String content, int next) {
    return "{\"variants\":" + variants + ",\"media\":" + media + ",\"content\":" + content + ",\"next\":" + next + "}";
  }

  private static String variant(String id) {
    return "{\"variantId\":\"" + id + "\",\"variantImageUrl\":\"https://img.example/" + id
        + ".jpg\",\"variantEditLink\":\"https://edit.example/" + id + "\"}";
  }

  private static String media(String name) {
    return "{\"url\":\"https://m.example/" + name + "\",\"type\":\"photo\"}";
  }

  private static String snippet(String title) {
    return "{\"title\":\"" + title + "\",\"subtitle\":\"s\",\"bulletlist\":[\"1\"]}";
  }

  private static String analysisBody(@Nullable String monthly, String lastAccessed) {
    return "{\"yearlyAnalysis\":" + SUMMARY + (monthly == null ? "" : ",\"monthlyAnalysis\":" + monthly)
        + ",\"creditBalance\":{\"availableCredits\":-5,\"usedCredits\":-1},\"lastAccessed\":" + lastAccessed + "}";
  }
}
