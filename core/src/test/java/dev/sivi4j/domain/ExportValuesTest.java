package dev.sivi4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Validation of the values export-data returns. */
class ExportValuesTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void emptyPageHasNothingInIt() {
    ExportPage page = new ExportPage(T0, T0.plusSeconds(1), List.of(), List.of(), List.of(), true);
    assertThat(page.isEmpty()).isTrue();
  }

  @Test
  void pageWithMediaIsNotEmpty() {
    ExportPage page =
        new ExportPage(T0, T0.plusSeconds(1), List.of(), List.of(new ExportedMedia("https://m", "photo")), List.of(), false);
    assertThat(page.isEmpty()).isFalse();
    assertThat(page.complete()).isFalse();
  }

  @Test
  void variantRejectsMissingFieldsNamingTheWireField() {
    assertThatNullPointerException()
        .isThrownBy(() -> new ExportedVariant("v", null, "e", OptionalInt.empty(), OptionalInt.empty(), Optional.empty()))
        .withMessage("variantImageUrl");
    assertThatNullPointerException()
        .isThrownBy(() -> new ExportedVariant("v", "i", null, OptionalInt.empty(), OptionalInt.empty(), Optional.empty()))
        .withMessage("variantEditLink");
  }

  @Test
  void contentCopiesItsBulletList() {
    ExportedContent content = new ExportedContent("t", "s", List.of("a", "b"));
    assertThat(content.bulletList()).containsExactly("a", "b");
    assertThatNullPointerException().isThrownBy(() -> new ExportedContent("t", "s", null)).withMessage("bulletlist");
  }

  @Test
  void operationsKnowTheirEndpoints() {
    assertThat(Operation.forEndpoint("set-user-credit-limit")).isEqualTo(Operation.SET_CREDIT_LIMIT);
    assertThat(Operation.EXPORT_DATA.enterpriseOnly()).isTrue();
    assertThat(Operation.DELETE_USER.enterpriseOnly()).isFalse();
    assertThat(Operation.LOGIN_USER.methodName()).isEqualTo("loginUser");
  }
}
