package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.Operation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ValuesTest {
  @Test
  void accountSpecValidatesAndNeverShowsTheKey() {
    assertThatThrownBy(() -> AccountSpec.of(FakeKeyKind.SUPER_USER).withCreditsPerCycle(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("creditsPerCycle");
    assertThatThrownBy(() -> AccountSpec.of(FakeKeyKind.SUPER_USER).withRequestsPerMinute(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestsPerMinute");
    assertThatThrownBy(() -> AccountSpec.of(FakeKeyKind.SUPER_USER).withSecret("has space"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("has space");
    assertThat(AccountSpec.of(FakeKeyKind.SUPER_USER).withSecret("top-secret-value").toString()).doesNotContain("top-secret");
  }

  @Test
  void accountNeverShowsItsKey() {
    FakeSivi fake = FakeSivi.create();
    FakeAccount account = fake.createAccount(AccountSpec.of(FakeKeyKind.ENTERPRISE_ADMIN).withSecret("canary-0123456789"));

    assertThat(account.toString()).doesNotContain("canary").contains(account.id());
    assertThat(account.apiKey().reveal()).isEqualTo("canary-0123456789");
    assertThat(fake.createAccount(FakeKeyKind.SUPER_USER).secret()).startsWith("sk_test_super_user_");
    assertThatThrownBy(() -> fake.createAccount(AccountSpec.of(FakeKeyKind.SUPER_USER).withSecret("canary-0123456789")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("canary");
  }

  @Test
  void usageCostsOneCreditPerVariationAndSnippetByDefault() {
    Usage usage = Usage.builder().generatedVariations(3).editedDesigns(2).downloadedDesigns(5).media(1, 10).contentSnippets(4).build();

    assertThat(usage.credits()).isEqualTo(7);
    assertThat(Usage.builder().generatedVariations(3).credits(0).build().credits()).isZero();
    assertThat(Usage.generated(2).generatedVariations()).isEqualTo(2);
  }

  @Test
  void usageRejectsImpossibleCounts() {
    assertThatThrownBy(() -> Usage.builder().generatedVariations(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("generatedVariations");
    assertThatThrownBy(() -> Usage.builder().media(0, 10).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mediaBytes");
    assertThatThrownBy(() -> Usage.builder().credits(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("credits");
  }

  @Test
  void faultsValidateTheirFields() {
    assertThatThrownBy(() -> Fault.status(199)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
    assertThatThrownBy(() -> Fault.htmlError(600)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.latency(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delay");
    assertThatThrownBy(() -> Fault.slowBody(Duration.ZERO, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chunkBytes");
    assertThatThrownBy(() -> Fault.truncatedBody(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.oversizedBody(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Fault.status(429)).isEqualTo(Fault.status(429, "Rate limit exceeded. Please try again later."));
    assertThat(Fault.status(503)).isEqualTo(Fault.status(503, "Service Unavailable"));
  }

  @Test
  void faultRulesAreImmutableAndDescribeThemselves() {
    FaultRule base = FaultRule.of(Fault.reset());
    FaultRule targeted = base.operation(Operation.DELETE_USER).user(AbstractUserId.of("u")).times(3).withProbability(0.5, 9);

    assertThat(base.targetOperation()).isEmpty();
    assertThat(base.timesLimit()).hasValue(1);
    assertThat(targeted.targetOperation()).contains(Operation.DELETE_USER);
    assertThat(targeted.targetUser()).contains(AbstractUserId.of("u"));
    assertThat(targeted.timesLimit()).hasValue(3);
    assertThat(targeted.always().timesLimit()).isEmpty();
    assertThat(targeted.handledFirst()).isFalse();
    assertThat(targeted.afterHandling().handledFirst()).isTrue();
    assertThat(FaultRule.of(Fault.latency(Duration.ZERO)).handledFirst()).isTrue();
    assertThat(targeted.toString()).contains("DELETE_USER", "3x", "p=0.5");
    assertThatThrownBy(() -> base.times(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("times");
    assertThatThrownBy(() -> base.withProbability(1.5, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probability");
  }

  @Test
  void userSnapshotTellsWhetherTheUserIsDeleted() {
    FakeSivi fake = FakeSivi.create();
    FakeAccount account = fake.createAccount(FakeKeyKind.SUPER_USER);
    fake.blockingClient(account).loginUser(dev.sivi4j.domain.LoginUserRequest.of(AbstractUserId.of("u")));

    UserSnapshot user = fake.user(account, AbstractUserId.of("u")).orElseThrow();

    assertThat(user.deleted()).isFalse();
    assertThat(user.purgeAt()).isEmpty();
    assertThat(user.creditLimit()).isEqualTo(-1);
  }
}
