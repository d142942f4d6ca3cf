package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.ExportedVariant;
import dev.sivi4j.domain.LoginUserRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-1");
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final FakeSivi fake = FakeSivi.builder().clock(FakeClock.fixedAt(START)).build();
  private final FakeAccount account = fake.createAccount(AccountSpec.of(FakeKeyKind.ENTERPRISE_ADMIN).withCreditsPerCycle(1_000_000));
  private final SiviClient client = fake.blockingClient(account);

  private Raw.Reply export(long start, long end) {
    return Raw.inProcess(fake).post("enterprise/export-data", account.secret(),
        "{\"abstractUserId\":\"user-1\",\"startDate\":" + start + ",\"endDate\":" + end + "}");
  }

  @Test
  void exportsWhatWasRecordedInTheRange() {
    client.loginUser(LoginUserRequest.of(USER));
    fake.recordUsage(account, USER, Usage.builder().generatedVariations(2).editedDesigns(1).media(1, 1000).contentSnippets(1).build());
    fake.clock().advance(Duration.ofDays(10));
    fake.recordUsage(account, USER, Usage.generated(4));

    JsonObject firstWeek = export(START.getEpochSecond(), START.plus(Duration.ofDays(7)).getEpochSecond()).body();

    assertThat(firstWeek.getAsJsonArray("variants")).hasSize(3);
    assertThat(firstWeek.getAsJsonArray("media")).hasSize(1);
    assertThat(firstWeek.getAsJsonArray("content")).hasSize(1);
    assertThat(firstWeek.get("next").getAsInt()).isZero();
    assertThat(firstWeek.getAsJsonArray("variants").get(2).getAsJsonObject().get("variantType").getAsString()).isEqualTo("EDITED");
  }

  @Test
  void rangeIncludesItsStartAndExcludesItsEnd() {
    client.loginUser(LoginUserRequest.of(USER));
    fake.recordUsage(account, USER, Usage.generated(1));
    long at = START.getEpochSecond();

    assertThat(export(at, at + 1).body().getAsJsonArray("variants")).hasSize(1);
    assertThat(export(at - 10, at).body().getAsJsonArray("variants")).isEmpty();
  }

  @Test
  void capsEachAnswerAndFlagsMore() {
    client.loginUser(LoginUserRequest.of(USER));
    fake.recordUsage(account, USER, Usage.builder().generatedVariations(301).media(5, 0).contentSnippets(100).build());
    long at = START.getEpochSecond();

    JsonObject body = export(at, at + 60).body();

    assertThat(body.getAsJsonArray("variants")).hasSize(300);
    assertThat(body.getAsJsonArray("content")).hasSize(100);
    assertThat(body.get("next").getAsInt()).isEqualTo(1);
  }

  @Test
  void contentOverItsCapAloneFlagsMore() {
    client.loginUser(LoginUserRequest.of(USER));
    fake.recordUsage(account, USER, Usage.builder().contentSnippets(101).build());
    long at = START.getEpochSecond();

    JsonObject body = export(at, at + 60).body();

    assertThat(body.getAsJsonArray("content")).hasSize(100);
    assertThat(body.get("next").getAsInt()).isEqualTo(1);
  }

  @Test
  void acceptsExactlyNinetyDaysAndRefusesMore() {
    client.loginUser(LoginUserRequest.of(USER));
    long at = START.getEpochSecond();
    long ninetyDays = Duration.ofDays(90).getSeconds();

    assertThat(export(at, at + ninetyDays).status()).isEqualTo(200);
    Raw.Reply tooLong = export(at, at + ninetyDays + 1);
    assertThat(tooLong.status()).isEqualTo(422);
    assertThat(tooLong.message()).isEqualTo("Invalid input");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"startDate\":100",
      "\"startDate\":200,\"endDate\":100",
      "\"startDate\":100,\"endDate\":100",
      "\"startDate\":-5,\"endDate\":100",
      "\"startDate\":\"2026-01-01\",\"endDate\":\"2026-01-31\"",
      "\"startDate\":1.5,\"endDate\":100",
      "\"startDate\":1,\"endDate\":100,\"exportType\":\"images\""})
  void refusesInvalidRanges(String fields) {
    client.loginUser(LoginUserRequest.of(USER));

    Raw.Reply reply = Raw.inProcess(fake).post("enterprise/export-data", account.secret(), "{\"abstractUserId\":\"user-1\"," + fields + "}");

    assertThat(reply.status()).isEqualTo(422);
  }

  @Test
  void designsExportTypeLeavesOutMediaAndContent() {
    client.loginUser(LoginUserRequest.of(USER));
    fake.recordUsage(account, USER, Usage.builder().generatedVariations(1).media(1, 10).contentSnippets(1).build());
    long at = START.getEpochSecond();

    JsonObject body = Raw.inProcess(fake).post("enterprise/export-data", account.secret(),
        "{\"abstractUserId\":\"user-1\",\"startDate\":" + at + ",\"endDate\":" + (at + 5) + ",\"exportType\":\"designs\"}").body();

    assertThat(body.getAsJsonArray("variants")).hasSize(1);
    assertThat(body.getAsJsonArray("media")).isEmpty();
    assertThat(body.getAsJsonArray("content")).isEmpty();
  }

  @Test
  void itemsOlderThanAYearAreNotExported() {
    client.loginUser(LoginUserRequest.of(USER));
    fake.recordUsage(account, USER, Usage.generated(1));
    fake.clock().advance(Duration.ofDays(366));
    long at = START.getEpochSecond();

    assertThat(export(at, at + 60).body().getAsJsonArray("variants")).isEmpty();
  }

  @Test
  void clientExportWalksEveryWindowAndGetsEveryItem() {
    client.loginUser(LoginUserRequest.of(USER));
    for (int i = 0; i < 3; i++) {
      fake.recordUsage(account, USER, Usage.builder().generatedVariations(150).contentSnippets(75).build());
      fake.clock().advance(Duration.ofHours(1));
    }
    fake.clock().advance(Duration.ofDays(40));
    fake.recordUsage(account, USER, Usage.generated(3));

    List<ExportPage> pages = client.exportData(ExportRequest.of(USER, START, START.plus(Duration.ofDays(60)))).toList();

    List<ExportedVariant> variants = pages.stream().flatMap(p -> p.variants().stream()).toList();
    assertThat(variants).hasSize(453);
    assertThat(variants.stream().map(ExportedVariant::variantId).distinct()).hasSize(453);
    assertThat(pages.stream().mapToInt(p -> p.content().size()).sum()).isEqualTo(225);
    assertThat(pages).allSatisfy(p -> assertThat(p.complete()).isTrue());
  }

  @Test
  void moreThanTheCapInOneSecondCannotBeExportedWhole() {
    client.loginUser(LoginUserRequest.of(USER));
    fake.recordUsage(account, USER, Usage.generated(301));

    List<ExportPage> pages = client.exportData(ExportRequest.of(USER, START, START.plus(Duration.ofDays(1)))).toList();

    assertThat(pages.stream().mapToInt(p -> p.variants().size()).sum()).isEqualTo(300);
    assertThat(pages).anySatisfy(p -> assertThat(p.complete()).isFalse());
  }
}
