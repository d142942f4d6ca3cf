package dev.sivi4j.json.gson;

import static dev.sivi4j.json.gson.JsonTrees.assertSameJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.Brand;
import dev.sivi4j.domain.BrandPersona;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.spi.SiviCodec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every documented request body, encoded and compared with its fixture field by field. */
class RequestEncodingTest {
  private static final SiviCodec CODEC = GsonSiviCodec.create();
  private static final AbstractUserId DOC_USER = AbstractUserId.of("281743-2322-34i44sd3-dkfjgdkjf292");
  private static final AbstractUserId CURL_USER = AbstractUserId.of("user-12345");

  private static BrandPersona docPersona() {
    return BrandPersona.builder()
        .emotions("happy")
        .industry("games")
        .audience("working mom", "working dad")
        .designTags("minimal", "time management", "productivity", "health")
        .build();
  }

  private static Brand.Builder docBrand() {
    return Brand.builder("Sivi", "AI design generator for brands and layered vector based design generation")
        .url("https://sivi.ai")
        .logoUrl("https://sivi.ai/sivi-logo.png")
        .colors("#5662EC", "#EF9AB2");
  }

  @Test
  void encodesLoginUserWithPlanBrandAndPersonaFieldByField() {
    LoginUserRequest request =
        LoginUserRequest.builder(DOC_USER)
            .planId("sp-01")
            .brand(docBrand().fonts("Inter", "Roboto").persona(docPersona()).build())
            .build();

    byte[] json = CODEC.encodeLoginUser(request);

    assertSameJson(json, Fixtures.object("requests/login-user-full.json"));
  }

  @Test
  void leavesOutEmptyFontsAndAbsentPlanFromTheDocumentedBrand() {
    LoginUserRequest request =
        LoginUserRequest.builder(DOC_USER).brand(docBrand().persona(docPersona()).build()).build();

    JsonObject json = Fixtures.parse(CODEC.encodeLoginUser(request)).getAsJsonObject();

    assertSameJson(CODEC.encodeLoginUser(request), Fixtures.object("requests/login-user-doc-brand.json"));
    assertThat(json.keySet()).containsExactly("abstractUserId", "brand");
    assertThat(json.getAsJsonObject("brand").keySet()).doesNotContain("brandFonts");
  }

  @Test
  void sendsOnlyNameAndDescriptionOfABrandWithNothingElse() {
    LoginUserRequest request =
        LoginUserRequest.builder(DOC_USER)
            .planId("ent-01")
            .brand(
                Brand.builder("Sivi", "AI design generator for brands and layered vector based design generation")
                    .build())
            .build();

    byte[] json = CODEC.encodeLoginUser(request);

    assertSameJson(json, Fixtures.object("requests/login-user-enterprise-plan.json"));
    assertThat(Fixtures.parse(json).getAsJsonObject().getAsJsonObject("brand").keySet())
        .containsExactly("brandName", "brandDescription");
  }

  @Test
  void sendsOnlyThePersonaFieldsThatAreSet() {
    BrandPersona persona = BrandPersona.builder().industry("fashion").emotions("happy").build();
    LoginUserRequest request =
        LoginUserRequest.builder(CURL_USER)
            .brand(
                Brand.builder("Sivi", "AI design generator for brands and layered vector based design generation")
                    .persona(persona)
                    .build())
            .build();

    byte[] json = CODEC.encodeLoginUser(request);

    assertSameJson(json, Fixtures.object("requests/login-user-persona-industry-only.json"));
  }

  @Test
  void encodesTheCurlExampleWithAPlanAndNoBrand() {
    byte[] json = CODEC.encodeLoginUser(LoginUserRequest.builder(CURL_USER).planId("sp-01").build());

    assertSameJson(json, Fixtures.object("requests/login-user-curl.json"));
  }

  @Test
  void encodesAMinimalLoginAsTheUserIdAlone() {
    byte[] json = CODEC.encodeLoginUser(LoginUserRequest.of(CURL_USER));

    assertSameJson(json, Fixtures.object("requests/login-user-minimal.json"));
    assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("{\"abstractUserId\":\"user-12345\"}");
  }

  @Test
  void encodesACreditLimitOfOneHundred() {
    byte[] json = CODEC.encodeSetCreditLimit(CURL_USER, CreditLimit.of(100));

    assertSameJson(json, Fixtures.object("requests/set-user-credit-limit-100.json"));
  }

  @Test
  void encodesUnlimitedCreditAsMinusOne() {
    byte[] json = CODEC.encodeSetCreditLimit(DOC_USER, CreditLimit.unlimited());

    assertSameJson(json, Fixtures.object("requests/set-user-credit-limit-unlimited.json"));
    assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"creditLimit\":-1");
  }

  @Test
  void encodesTheLargestCreditLimitAsAnExactInteger() {
    byte[] json = CODEC.encodeSetCreditLimit(CURL_USER, CreditLimit.of(CreditLimit.MAX_CREDITS));

    assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"creditLimit\":9007199254740991}");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "requests/delete-user.json, 281743-2322-34i44sd3-dkfjgdkjf292",
    "requests/delete-user-curl.json, user-12345",
    "requests/reactivate-user.json, user123",
    "requests/account-analysis.json, 281743-2322-34i44sd3-dkfjgdkjf292"
  })
  void encodesUserIdOnlyBodies(String fixture, String userId) {
    byte[] json = CODEC.encodeUserId(AbstractUserId.of(userId));

    assertSameJson(json, Fixtures.object(fixture));
  }

  @Test
  void encodesTheDocumentedExportWindowAsIntegerSeconds() {
    byte[] json = CODEC.encodeExportWindow(DOC_USER, 17236322383L, 17236342383L);

    assertSameJson(json, Fixtures.object("requests/export-data.json"));
    assertThat(new String(json, StandardCharsets.UTF_8))
        .contains("\"startDate\":17236322383,\"endDate\":17236342383");
  }

  @Test
  void encodesAThirtyDayExportWindow() {
    byte[] json = CODEC.encodeExportWindow(CURL_USER, 1735689600L, 1738281600L);

    assertSameJson(json, Fixtures.object("requests/export-data-30-day-window.json"));
  }

  @Test
  void escapesQuotesButNotHtmlAndWritesUtf8() {
    String id = "user \"q\" <a&b='c'> \u00e9 \u2603 \\ /";

    byte[] json = CODEC.encodeUserId(AbstractUserId.of(id));

    assertThat(Fixtures.parse(json).getAsJsonObject().get("abstractUserId").getAsString()).isEqualTo(id);
    assertThat(new String(json, StandardCharsets.UTF_8))
        .isEqualTo("{\"abstractUserId\":\"user \\\"q\\\" <a&b='c'> \u00e9 \u2603 \\\\ /\"}");
  }
}
