package dev.sivi4j.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.spring.test.AutoConfigureFakeSivi;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.Fault;
import dev.sivi4j.testkit.FaultRule;
import dev.sivi4j.testkit.RecordedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** The whole application, started by Spring Boot on a free port, against the fake Sivi service. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "provisioning.credits-per-user=40"})
@AutoConfigureFakeSivi
class ProvisioningApplicationTest {
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
  private static final String BRAND = "{\"brandName\": \"Acme Bakery\", \"brandDescription\": \"Sourdough, daily\"}";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Autowired FakeSivi fake;
  @Autowired SiviClient sivi;
  @Autowired Environment environment;

  @BeforeEach
  void freshJournal() {
    fake.journal().clear();
  }

  @AfterEach
  void clearFaults() {
    fake.faults().clear();
  }

  @Test
  void provisionsANewUserWithACreditCap() throws Exception {
    HttpResponse<String> response = post("/users/shop-owner-1/session", BRAND);

    assertThat(response.statusCode()).isEqualTo(200);
    Matcher token = ACCESS_TOKEN.matcher(response.body());
    assertThat(token.find()).as(response.body()).isTrue();
    assertThat(fake.accessTokenActive(token.group(1))).isTrue();
    assertThat(fake.user(AbstractUserId.of("shop-owner-1")))
        .hasValueSatisfying(user -> assertThat(user.creditLimit()).isEqualTo(40));
  }

  @Test
  void reactivatesARecentlyDeletedUser() throws Exception {
    AbstractUserId id = AbstractUserId.of("came-back");
    sivi.loginUser(LoginUserRequest.of(id));
    sivi.deleteUser(id);

    HttpResponse<String> response = post("/users/came-back/session", BRAND);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(fake.user(id)).hasValueSatisfying(user -> assertThat(user.deleted()).isFalse());
  }

  @Test
  void aResetOnceIsRetriedUnseenByTheCaller() throws Exception {
    fake.faults().inject(FaultRule.of(Fault.reset()).operation(Operation.LOGIN_USER).once());

    HttpResponse<String> response = post("/users/unlucky-once/session", BRAND);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(fake.journal().requests().stream().flatMap(request -> request.operation().stream()))
        .containsExactly(Operation.LOGIN_USER, Operation.LOGIN_USER, Operation.SET_CREDIT_LIMIT);
  }

  @Test
  void siviDownAfterRetriesAnswers503() throws Exception {
    fake.faults().inject(FaultRule.of(Fault.status(503)).operation(Operation.LOGIN_USER).always());

    HttpResponse<String> response = post("/users/unlucky/session", BRAND);

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("sivi_unavailable");
    assertThat(fake.journal().requests()).as("sivi4j's three attempts").hasSize(3);
  }

  @Test
  void exhaustedCreditsAnswer402() throws Exception {
    fake.faults()
        .inject(
            FaultRule.of(Fault.status(429, "Insufficient credit limit")).operation(Operation.SET_CREDIT_LIMIT).once());

    HttpResponse<String> response = post("/users/big-spender/session", BRAND);

    assertThat(response.statusCode()).isEqualTo(402);
    assertThat(response.body()).contains("credits_exhausted");
  }

  @Test
  void invalidBrandAnswers400WithoutCallingSivi() throws Exception {
    HttpResponse<String> response = post("/users/no-brand/session", "{\"brandName\": \"Acme\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("invalid_request").contains("brandDescription");
    assertThat(fake.journal().requests()).isEmpty();
  }

  private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    URI uri = URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + path);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
