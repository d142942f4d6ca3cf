package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.domain.UserLogin;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One scenario through the three faces: every outcome, id, token and journal entry must be the same. */
class ThreeFacesParityTest {
  private static final Instant START = Instant.parse("2026-04-01T08:00:00Z");
  private static final AbstractUserId ALICE = AbstractUserId.of("alice");
  private static final AbstractUserId BOB = AbstractUserId.of("bob");
  private static final UnaryOperator<SiviConfig.Builder> NO_WAITS =
      b -> b.retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ZERO, Duration.ZERO));

  enum Way {
    IN_PROCESS_BLOCKING,
    IN_PROCESS_ASYNC,
    HTTP
  }

  private static final List<String> REFERENCE = run(Way.IN_PROCESS_BLOCKING);

  @ParameterizedTest
  @EnumSource(Way.class)
  void sameScenarioGivesIdenticalResultsOnEveryFace(Way way) {
    List<String> transcript = run(way);

    assertThat(transcript).containsExactlyElementsOf(REFERENCE);
    assertThat(transcript).contains(
        "deleteAgain -> UserNotFoundException", "loginDeleted -> UserNotFoundException", "usageOver -> 429 Insufficient credit limit",
        "reactivateDay14 -> ok", "reactivateDay15 -> UserNotFoundException", "generalKey -> PermissionDeniedException",
        "flakyLogin -> ok after 503,503,200");
  }

  private static List<String> run(Way way) {
    FakeSivi fake = FakeSivi.builder().clock(FakeClock.fixedAt(START)).build();
    FakeAccount enterprise = fake.createAccount(AccountSpec.of(FakeKeyKind.ENTERPRISE_ADMIN).withCreditsPerCycle(50));
    FakeAccount general = fake.createAccount(FakeKeyKind.GENERAL);
    FakeSiviServer server = way == Way.HTTP ? fake.startServer() : null;
    List<String> out = new ArrayList<>();
    try (ScenarioClient sivi = client(way, fake, server, enterprise);
        ScenarioClient generalClient = client(way, fake, server, general)) {
      step(out, "login", () -> describe(sivi.login(ALICE)));
      step(out, "loginAgain", () -> describe(sivi.login(ALICE)));
      step(out, "loginBob", () -> describe(sivi.login(BOB)));
      step(out, "limit", () -> {
        sivi.limit(ALICE, CreditLimit.of(10));
        return "ok";
      });
      out.add("usage -> " + fake.recordUsage(enterprise, ALICE, Usage.builder().generatedVariations(8).media(2, 5L << 20).build()));
      fake.clock().advance(Duration.ofHours(2));
      out.add("usageOver -> " + usage(fake.recordUsage(enterprise, ALICE, Usage.generated(3))));
      fake.recordUsage(enterprise, ALICE, Usage.builder().editedDesigns(2).contentSnippets(2).build());
      step(out, "analysis", () -> describe(sivi.analysis(ALICE)));
      step(out, "export", () -> describe(sivi.export(ExportRequest.of(ALICE, START, START.plus(Duration.ofDays(1))))));
      step(out, "unknownAnalysis", () -> describe(sivi.analysis(AbstractUserId.of("nobody"))));
      step(out, "delete", () -> {
        sivi.delete(ALICE);
        return "ok";
      });
      step(out, "deleteAgain", () -> {
        sivi.delete(ALICE);
        return "ok";
      });
      step(out, "loginDeleted", () -> describe(sivi.login(ALICE)));
      fake.clock().advance(Duration.ofDays(14));
      step(out, "reactivateDay14", () -> {
        sivi.reactivate(ALICE);
        return "ok";
      });
      step(out, "deleteForGood", () -> {
        sivi.delete(ALICE);
        return "ok";
      });
      fake.clock().advance(Duration.ofDays(15));
      step(out, "reactivateDay15", () -> {
        sivi.reactivate(ALICE);
        return "ok";
      });
      step(out, "generalKey", () -> describe(generalClient.login(ALICE)));
      fake.faults().inject(FaultRule.of(Fault.status(503)).operation(Operation.LOGIN_USER).user(BOB).times(2));
      long before = fake.journal().requestCount();
      step(out, "flakyLogin", () -> {
        sivi.login(BOB);
        return "ok after " + String.join(",", fake.journal().requests().stream()
            .filter(r -> r.sequence() > before).map(r -> Integer.toString(r.status())).toList());
      });
      fake.journal().requests().forEach(r -> out.add(journalLine(r)));
    } finally {
      if (server != null) {
        server.close();
      }
    }
    return out;
  }

  private static ScenarioClient client(Way way, FakeSivi fake, FakeSiviServer server, FakeAccount account) {
    return switch (way) {
      case IN_PROCESS_BLOCKING -> ScenarioClient.of(fake.blockingClient(account, NO_WAITS));
      case IN_PROCESS_ASYNC -> ScenarioClient.of(fake.asyncClient(account, NO_WAITS));
      case HTTP -> ScenarioClient.of(ServerClients.blocking(server, account, NO_WAITS));
    };
  }

  private static void step(List<String> out, String name, Supplier<String> action) {
    try {
      out.add(name + " -> " + action.get());
    } catch (RuntimeException e) {
      out.add(name + " -> " + e.getClass().getSimpleName());
      out.add(name + " message -> " + e.getMessage());
    }
  }

  private static String usage(UsageResult result) {
    return result.status() + " " + result.message();
  }

  private static String describe(UserLogin login) {
    return login.user() + " " + login.tokens().accessToken() + " " + login.tokens().refreshToken();
  }

  private static String describe(AccountAnalysis analysis) {
    return analysis.toString();
  }

  private static String describe(List<ExportPage> pages) {
    return pages.toString();
  }

  private static String journalLine(RecordedRequest r) {
    return "journal " + r.sequence() + " " + r.time() + " " + r.method() + " " + r.path() + " " + r.operation()
        + " " + r.accountId() + " " + r.maskedKey() + " " + r.userId() + " " + r.body() + " " + r.status() + " "
        + r.message() + " " + r.fault() + " " + r.handled();
  }
}
