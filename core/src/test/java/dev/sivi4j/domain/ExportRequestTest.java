package dev.sivi4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExportRequestTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-1");
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void ofUsesThirtyDayWindows() {
    ExportRequest request = ExportRequest.of(USER, START, START.plus(Duration.ofDays(100)));
    assertThat(request.windowSize()).isEqualTo(Duration.ofDays(30)).isEqualTo(ExportRequest.DEFAULT_WINDOW);
  }

  @Test
  void withWindowSizeKeepsTheRange() {
    ExportRequest request = ExportRequest.of(USER, START, START.plusSeconds(60)).withWindowSize(Duration.ofSeconds(10));
    assertThat(request.windowSize()).isEqualTo(Duration.ofSeconds(10));
    assertThat(request.start()).isEqualTo(START);
    assertThat(request.end()).isEqualTo(START.plusSeconds(60));
  }

  @Test
  void rejectsEndEqualToStart() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExportRequest.of(USER, START, START))
        .withMessage("end must be after start (start 2026-01-01T00:00:00Z, end 2026-01-01T00:00:00Z)");
  }

  @Test
  void rejectsEndBeforeStart() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExportRequest.of(USER, START, START.minusSeconds(1)))
        .withMessageStartingWith("end must be after start");
  }

  @Test
  void rejectsStartBeforeTheEpoch() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExportRequest.of(USER, Instant.EPOCH.minusSeconds(1), START))
        .withMessage("start must not be before 1970-01-01 (was 1969-12-31T23:59:59Z)");
  }

  @Test
  void acceptsWindowBounds() {
    ExportRequest request = ExportRequest.of(USER, START, START.plus(Duration.ofDays(365)));
    assertThat(request.withWindowSize(Duration.ofDays(90)).windowSize()).isEqualTo(ExportRequest.MAX_WINDOW);
    assertThat(request.withWindowSize(Duration.ofSeconds(1)).windowSize()).isEqualTo(ExportRequest.MIN_WINDOW);
  }

  @Test
  void rejectsWindowLongerThanNinetyDays() {
    ExportRequest request = ExportRequest.of(USER, START, START.plus(Duration.ofDays(365)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> request.withWindowSize(Duration.ofDays(90).plusSeconds(1)))
        .withMessage("windowSize must be between 1 second and 90 days (was PT2160H1S)");
  }

  @Test
  void rejectsWindowShorterThanOneSecond() {
    ExportRequest request = ExportRequest.of(USER, START, START.plusSeconds(10));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> request.withWindowSize(Duration.ofMillis(999)))
        .withMessage("windowSize must be between 1 second and 90 days (was PT0.999S)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> request.withWindowSize(Duration.ZERO))
        .withMessageStartingWith("windowSize must be between 1 second and 90 days");
  }

  @Test
  void rejectsMissingPartsNamingThem() {
    assertThatNullPointerException().isThrownBy(() -> ExportRequest.of(null, START, START.plusSeconds(1))).withMessage("userId");
    assertThatNullPointerException().isThrownBy(() -> ExportRequest.of(USER, null, START)).withMessage("start");
    assertThatNullPointerException().isThrownBy(() -> ExportRequest.of(USER, START, null)).withMessage("end");
    assertThatNullPointerException()
        .isThrownBy(() -> new ExportRequest(USER, START, START.plusSeconds(1), null))
        .withMessage("windowSize");
  }
}
