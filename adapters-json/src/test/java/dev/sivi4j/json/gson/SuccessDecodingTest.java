package dev.sivi4j.json.gson;

import static dev.sivi4j.json.gson.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.ExportedContent;
import dev.sivi4j.domain.ExportedMedia;
import dev.sivi4j.domain.ExportedVariant;
import dev.sivi4j.domain.UsageSummary;
import dev.sivi4j.error.CodecException;
import dev.sivi4j.spi.Envelope;
import dev.sivi4j.spi.ExportBatch;
import dev.sivi4j.spi.LoginGrant;
import dev.sivi4j.spi.SiviCodec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every documented success response, decoded into domain values. */
class SuccessDecodingTest {
  private static final SiviCodec CODEC = GsonSiviCodec.create();
  private static final long MIB = 1024L * 1024L;
  private static final String IMAGE =
      "https://resources.hellosivi.com/user-data/e5ef6aa0-8d6c-11ec-bd33-8d2f1bec7c21/generated/"
          + "sg0yMSZzNnU--97026520-1f1b-11f0-ada0-01392001fe46--sh0V7MlzOPm.jpg";
  private static final String EDIT =
      "https://instant.sivi.ai/#/variant/sh0V7MlzOPm/independent-design-editor?type=edited";
  private static final String MEDIA =
      "https://resources.hellosivi.com/user-data/e5ef6aa0-8d6c-11ec-bd33-8d2f1bec7c21/generated/media-1.jpg";

  @Test
  void decodesTheLoginExample() throws CodecException {
    Envelope<LoginGrant> envelope = CODEC.decodeLogin(Fixtures.bytes("responses/success/login-user.json"), 200);

    assertThat(envelope.isSuccess()).isTrue();
    assertThat(envelope.status()).isEqualTo(200);
    assertThat(envelope.message()).isNull();
    LoginGrant grant = envelope.body();
    assertThat(grant).isNotNull();
    assertThat(grant.workspaceId()).isEqualTo("765634-2322-34i44sd3-dkfjgdkjf292");
    assertThat(grant.tokens().accessToken()).isEqualTo("97026520-1f1b-11f0-ada0-01392001fe46");
    assertThat(grant.tokens().refreshToken()).isEqualTo("2342342-1f1b-11f0-ada0-01392001fe46");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "responses/success/delete-user.json | Successfully deleted the user",
        "responses/success/set-user-credit-limit.json | Credit limit set successfully.",
        "responses/success/reactivate-user.json | User reactivated successfully",
        "responses/success/update-user-plan.json | Successfully updated the user plan",
        "responses/success/update-user-plan-openapi.json | User plan updated successfully",
        "responses/success/set-brand.json | Successfully set the brand details"
      })
  void decodesEveryDocumentedSuccessMessage(String fixture, String message) throws CodecException {
    Envelope<String> envelope = CODEC.decodeMessage(Fixtures.bytes(fixture), 200);

    assertThat(envelope).isEqualTo(Envelope.success(200, message));
  }

  @Test
  void readsAMissingOrNullSuccessMessageAsEmpty() throws CodecException {
    assertThat(CODEC.decodeMessage(utf8("{\"status\":200,\"body\":{}}"), 200).body()).isEmpty();
    assertThat(CODEC.decodeMessage(utf8("{\"status\":200,\"body\":{\"message\":null}}"), 200).body()).isEmpty();
    assertThat(CODEC.decodeMessage(utf8("{\"status\":200,\"body\":{\"message\":null,\"x\":{}}}"), 200).body())
        .isEmpty();
  }

  @Test
  void decodesTheAccountAnalysisExample() throws CodecException {
    Envelope<AccountAnalysis> envelope =
        CODEC.decodeAccountAnalysis(Fixtures.bytes("responses/success/account-analysis.json"), 200);

    assertThat(envelope.status()).isEqualTo(200);
    AccountAnalysis analysis = envelope.body();
    assertThat(analysis).isNotNull();
    UsageSummary yearly = analysis.yearly();
    assertThat(yearly.generatedDesignVariations()).isEqualTo(254);
    assertThat(yearly.editedDesigns()).isEqualTo(46);
    assertThat(yearly.downloadedDesigns()).isEqualTo(24);
    assertThat(yearly.media()).isEqualTo(25);
    assertThat(yearly.mediaSize().text()).isEqualTo("25Mb");
    assertThat(yearly.mediaSize().bytes()).isEqualTo(OptionalLong.of(25 * MIB));
    assertThat(analysis.monthly()).hasSize(1);
    UsageSummary month = analysis.monthly().get(0);
    assertThat(month.generatedDesignVariations()).isEqualTo(54);
    assertThat(month.editedDesigns()).isEqualTo(16);
    assertThat(month.downloadedDesigns()).isEqualTo(4);
    assertThat(month.media()).isEqualTo(250);
    assertThat(month.mediaSize().bytes()).isEqualTo(OptionalLong.of(2 * MIB));
    assertThat(analysis.creditBalance().availableCredits()).isEqualTo(100);
    assertThat(analysis.creditBalance().usedCredits()).isEqualTo(20);
    assertThat(analysis.lastAccessed()).contains(Instant.ofEpochSecond(1325312222));
    assertThat(analysis.lastAccessed()).contains(Instant.parse("2011-12-31T06:17:02Z"));
  }

  @Test
  void readsALastAccessedInMillisecondsAsTheSameInstant() throws CodecException {
    String json =
        Fixtures.object("responses/success/account-analysis.json").toString().replace("1325312222", "1325312222000");

    AccountAnalysis analysis = CODEC.decodeAccountAnalysis(utf8(json), 200).body();

    assertThat(analysis).isNotNull();
    assertThat(analysis.lastAccessed()).contains(Instant.ofEpochSecond(1325312222));
  }

  @Test
  void treatsAbsentNullOrZeroLastAccessedAsNeverAndNullMonthsAsEmpty() throws CodecException {
    String summary =
        "{\"numberOfGeneratedDesignVariations\":0,\"numberOfEditedDesigns\":0,"
            + "\"numberOfDownloadedDesigns\":0,\"numberOfMedia\":0,\"mediaSize\":\"0Mb\"}";
    String credits = "\"creditBalance\":{\"availableCredits\":0,\"usedCredits\":0}";

    AccountAnalysis absent =
        CODEC.decodeAccountAnalysis(
                utf8("{\"status\":200,\"body\":{\"yearlyAnalysis\":" + summary + ",\"monthlyAnalysis\":[]," + credits + "}}"), 200)
            .body();
    AccountAnalysis nulls =
        CODEC.decodeAccountAnalysis(
                utf8(
                    "{\"status\":200,\"body\":{\"yearlyAnalysis\":" + summary + ",\"monthlyAnalysis\":null,"
                        + credits + ",\"lastAccessed\":null}}"),
                200)
            .body();
    AccountAnalysis zero =
        CODEC.decodeAccountAnalysis(
                utf8(
                    "{\"status\":200,\"body\":{\"yearlyAnalysis\":" + summary + ",\"monthlyAnalysis\":[],"
                        + credits + ",\"lastAccessed\":0}}"),
                200)
            .body();

    for (AccountAnalysis analysis : List.of(absent, nulls, zero)) {
      assertThat(analysis.monthly()).isEmpty();
      assertThat(analysis.lastAccessed()).isEmpty();
      assertThat(analysis.yearly().mediaSize().bytes()).isEqualTo(OptionalLong.of(0));
    }
  }

  @Test
  void readsNegativeAvailableAndUsedCreditsAsSent() throws CodecException {
    String json =
        Fixtures.object("responses/success/account-analysis.json").toString()
            .replace("\"availableCredits\":100", "\"availableCredits\":-7")
            .replace("\"usedCredits\":20", "\"usedCredits\":-2");

    AccountAnalysis analysis = CODEC.decodeAccountAnalysis(utf8(json), 200).body();

    assertThat(analysis).isNotNull();
    assertThat(analysis.creditBalance().availableCredits()).isEqualTo(-7);
    assertThat(analysis.creditBalance().usedCredits()).isEqualTo(-2);
  }

  @Test
  void keepsAMediaSizeItCannotReadAsText() throws CodecException {
    String json =
        Fixtures.object("responses/success/account-analysis.json").toString().replace("\"25Mb\"", "\"about 25 MB\"");

    AccountAnalysis analysis = CODEC.decodeAccountAnalysis(utf8(json), 200).body();

    assertThat(analysis).isNotNull();
    assertThat(analysis.yearly().mediaSize().text()).isEqualTo("about 25 MB");
    assertThat(analysis.yearly().mediaSize().bytes()).isEmpty();
  }

  @Test
  void decodesTheExportExampleWithDimensions() throws CodecException {
    ExportBatch batch = export("responses/success/export-data-with-dimensions.json");

    assertThat(batch.variants())
        .containsExactly(
            new ExportedVariant("sh0V7MlzOPm", IMAGE, EDIT, OptionalInt.of(1080), OptionalInt.of(1080), Optional.empty()));
    assertThat(batch.media()).containsExactly(new ExportedMedia(MEDIA, "photo"));
    assertThat(batch.content())
        .containsExactly(new ExportedContent("heading", "subtitle for this snippet", List.of("1", "2")));
    assertThat(batch.more()).isFalse();
  }

  @Test
  void decodesTheExportExampleWithoutDimensions() throws CodecException {
    ExportBatch batch = export("responses/success/export-data-without-dimensions.json");

    assertThat(batch.variants())
        .containsExactly(
            new ExportedVariant("sh0V7MlzOPm", IMAGE, EDIT, OptionalInt.empty(), OptionalInt.empty(), Optional.empty()));
    assertThat(batch.media()).hasSize(1);
    assertThat(batch.content()).hasSize(1);
    assertThat(batch.more()).isFalse();
  }

  @Test
  void readsVariantTypeAndNextOneAsMore() throws CodecException {
    ExportBatch batch = export("responses/success/export-data-variant-type-more.json");

    assertThat(batch.variants()).hasSize(2);
    assertThat(batch.variants().get(0).type()).contains("GENERATED");
    assertThat(batch.variants().get(0).width()).isEqualTo(OptionalInt.of(1080));
    assertThat(batch.variants().get(0).height()).isEqualTo(OptionalInt.of(1920));
    assertThat(batch.variants().get(1).type()).contains("EDITED");
    assertThat(batch.variants().get(1).width()).isEmpty();
    assertThat(batch.media()).extracting(ExportedMedia::type).containsExactly("photo", "illustration");
    assertThat(batch.content()).isEmpty();
    assertThat(batch.more()).isTrue();
  }

  @Test
  void decodesAnEmptyExport() throws CodecException {
    ExportBatch batch = export("responses/success/export-data-empty.json");

    assertThat(batch).isEqualTo(new ExportBatch(List.of(), List.of(), List.of(), false));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"variants\":null,\"media\":null,\"content\":null,\"next\":null}",
        "{\"variants\":[],\"media\":[],\"content\":[]}"
      })
  void readsNullExportArraysAsEmptyAndALeftOutNextAsNoMore(String body) throws CodecException {
    ExportBatch batch = CODEC.decodeExport(utf8("{\"status\":200,\"body\":" + body + "}"), 200).body();

    assertThat(batch).isEqualTo(new ExportBatch(List.of(), List.of(), List.of(), false));
  }

  @Test
  void defaultsAMissingSubtitleAndBulletListAndSkipsNullOptionals() throws CodecException {
    String body =
        "{\"variants\":[{\"variantId\":\"v\",\"variantImageUrl\":\"i\",\"variantEditLink\":\"e\","
            + "\"variantWidth\":null,\"variantHeight\":null,\"variantType\":null}],\"media\":[],"
            + "\"content\":[{\"title\":\"t\"},{\"title\":\"u\",\"subtitle\":null,\"bulletlist\":null}]}";

    ExportBatch batch = CODEC.decodeExport(utf8("{\"status\":200,\"body\":" + body + "}"), 200).body();

    assertThat(batch).isNotNull();
    assertThat(batch.variants())
        .containsExactly(new ExportedVariant("v", "i", "e", OptionalInt.empty(), OptionalInt.empty(), Optional.empty()));
    assertThat(batch.content())
        .containsExactly(new ExportedContent("t", "", List.of()), new ExportedContent("u", "", List.of()));
  }

  @Test
  void decodesABodyThatComesBeforeTheStatus() throws CodecException {
    String json =
        "{\"body\":{\"accessToken\":\"a\",\"refreshToken\":\"r\",\"workspaceId\":\"w\"},\"status\":200}";

    Envelope<LoginGrant> envelope = CODEC.decodeLogin(utf8(json), 200);

    assertThat(envelope.status()).isEqualTo(200);
    assertThat(envelope.body()).isNotNull();
    assertThat(envelope.body().workspaceId()).isEqualTo("w");
  }

  @Test
  void usesTheHttpStatusWhenTheEnvelopeHasNone() throws CodecException {
    Envelope<String> envelope = CODEC.decodeMessage(utf8("{\"body\":{\"message\":\"ok\"}}"), 200);

    assertThat(envelope).isEqualTo(Envelope.success(0, "ok"));
  }

  @Test
  void acceptsEverySuccessStatus() throws CodecException {
    assertThat(CODEC.decodeMessage(utf8("{\"status\":201,\"body\":{\"message\":\"x\"}}"), 201))
        .isEqualTo(Envelope.success(201, "x"));
    assertThat(CODEC.decodeMessage(utf8("{\"status\":299,\"body\":{}}"), 500)).isEqualTo(Envelope.success(299, ""));
  }

  @Test
  void acceptsNegativeAvailableCreditsAsAnOverdraft() throws CodecException {
    String json =
        Fixtures.object("responses/success/account-analysis.json")
            .toString()
            .replace("\"availableCredits\":100", "\"availableCredits\":-5");

    AccountAnalysis analysis = CODEC.decodeAccountAnalysis(utf8(json), 200).body();

    assertThat(analysis).isNotNull();
    assertThat(analysis.creditBalance().availableCredits()).isEqualTo(-5);
  }

  private static ExportBatch export(String fixture) throws CodecException {
    Envelope<ExportBatch> envelope = CODEC.decodeExport(Fixtures.bytes(fixture), 200);
    assertThat(envelope.status()).isEqualTo(200);
    assertThat(envelope.message()).isNull();
    assertThat(envelope.body()).isNotNull();
    return envelope.body();
  }
}
