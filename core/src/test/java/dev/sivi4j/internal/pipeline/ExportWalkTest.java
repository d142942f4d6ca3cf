package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.ExportedMedia;
import dev.sivi4j.spi.ExportBatch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which export-data windows are asked for, and in which order. */
class ExportWalkTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-1");
  private static final long T0 = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
  private static final ExportBatch DONE = new ExportBatch(List.of(), List.of(), List.of(), false);
  private static final ExportBatch MORE = new ExportBatch(List.of(), List.of(), List.of(), true);

  private static ExportRequest request(long startOffset, long endOffset, Duration window) {
    return new ExportRequest(USER, Instant.ofEpochSecond(T0 + startOffset), Instant.ofEpochSecond(T0 + endOffset), window);
  }

  private static ExportWindow window(long from, long to) {
    return new ExportWindow(T0 + from, T0 + to);
  }

  /** Walks to the end, answering "more" where {@code more} says so; returns every window asked for. */
  private static List<ExportWindow> walk(ExportWalk walk, Predicate<ExportWindow> more, List<ExportPage> pages) {
    List<ExportWindow> asked = new ArrayList<>();
    for (Optional<ExportWindow> next = walk.next(); next.isPresent(); next = walk.next()) {
      asked.add(next.get());
      walk.accept(next.get(), more.test(next.get()) ? MORE : DONE).ifPresent(pages::add);
    }
    return asked;
  }

  @Test
  void cutsTheRangeIntoWindowsOfTheRequestedSizeInTimeOrder() {
    long day = Duration.ofDays(1).toSeconds();
    List<ExportWindow> asked = walk(new ExportWalk(request(0, 100 * day, Duration.ofDays(30))), w -> false, new ArrayList<>());
    assertThat(asked).containsExactly(window(0, 30 * day), window(30 * day, 60 * day), window(60 * day, 90 * day), window(90 * day, 100 * day));
  }

  @Test
  void neverAsksForMoreThanNinetyDays() {
    List<ExportWindow> asked =
        walk(new ExportWalk(request(0, Duration.ofDays(365).toSeconds(), ExportRequest.MAX_WINDOW)), w -> false, new ArrayList<>());
    assertThat(asked).hasSize(5).allSatisfy(w -> assertThat(w.seconds()).isLessThanOrEqualTo(Duration.ofDays(90).toSeconds()));
  }

  @Test
  void rangeShorterThanAWindowIsOneWindow() {
    assertThat(walk(new ExportWalk(request(10, 20, Duration.ofDays(30))), w -> false, new ArrayList<>())).containsExactly(window(10, 20));
  }

  @Test
  void splitsAWindowWithMoreIntoHalvesAndAsksForThemInOrder() {
    ExportWalk walk = new ExportWalk(request(0, 200, Duration.ofSeconds(100)));
    List<ExportPage> pages = new ArrayList<>();
    List<ExportWindow> asked = walk(walk, w -> w.equals(window(0, 100)), pages);
    assertThat(asked).containsExactly(window(0, 100), window(0, 50), window(50, 100), window(100, 200));
    assertThat(pages).extracting(ExportPage::windowStart).containsExactly(at(0), at(50), at(100));
    assertThat(pages).allMatch(ExportPage::complete);
  }

  @Test
  void splitsAgainWhileAHalfStillHasMore() {
    List<ExportWindow> asked =
        walk(new ExportWalk(request(0, 100, Duration.ofSeconds(100))), w -> w.startEpochSecond() == T0 && w.seconds() > 25, new ArrayList<>());
    assertThat(asked).containsExactly(window(0, 100), window(0, 50), window(0, 25), window(25, 50), window(50, 100));
  }

  @Test
  void splitsAnOddWindowWithoutLosingASecond() {
    List<ExportWindow> asked = walk(new ExportWalk(request(0, 3, Duration.ofSeconds(3))), w -> w.seconds() == 3, new ArrayList<>());
    assertThat(asked).containsExactly(window(0, 3), window(0, 1), window(1, 3));
  }

  @Test
  void oneSecondWindowWithMoreIsNotSplitButMarkedIncomplete() {
    ExportWalk walk = new ExportWalk(request(0, 1, Duration.ofSeconds(1)));
    ExportWindow only = walk.next().orElseThrow();
    ExportBatch overflowing = new ExportBatch(List.of(), List.of(new ExportedMedia("https://m", "photo")), List.of(), true);
    ExportPage page = walk.accept(only, overflowing).orElseThrow();
    assertThat(page.complete()).isFalse();
    assertThat(page.media()).hasSize(1);
    assertThat(page.windowStart()).isEqualTo(at(0));
    assertThat(page.windowEnd()).isEqualTo(at(1));
    assertThat(walk.next()).isEmpty();
  }

  @Test
  void roundsTheRangeOutToWholeSeconds() {
    ExportRequest request =
        new ExportRequest(USER, Instant.ofEpochSecond(T0, 700_000_000), Instant.ofEpochSecond(T0 + 10, 500_000_000), Duration.ofDays(1));
    assertThat(walk(new ExportWalk(request), w -> false, new ArrayList<>())).containsExactly(window(0, 11));
  }

  @Test
  void subSecondRangeStillAsksForOneSecond() {
    ExportRequest request =
        new ExportRequest(USER, Instant.ofEpochSecond(T0, 100), Instant.ofEpochSecond(T0, 200), Duration.ofSeconds(1));
    assertThat(walk(new ExportWalk(request), w -> false, new ArrayList<>())).containsExactly(window(0, 1));
  }

  @Test
  void pagesTileTheRangeInTimeOrderWhateverTheServiceSays() {
    SplittableRandom random = new SplittableRandom(42);
    for (int run = 0; run < 200; run++) {
      long length = 1 + random.nextLong(5_000);
      long windowSize = 1 + random.nextLong(1_000);
      List<ExportPage> pages = new ArrayList<>();
      walk(new ExportWalk(request(0, length, Duration.ofSeconds(windowSize))), w -> random.nextInt(3) == 0, pages);

      assertThat(pages).isNotEmpty();
      assertThat(pages.get(0).windowStart()).isEqualTo(at(0));
      assertThat(pages.get(pages.size() - 1).windowEnd()).isEqualTo(at(length));
      for (int i = 1; i < pages.size(); i++) {
        assertThat(pages.get(i).windowStart()).isEqualTo(pages.get(i - 1).windowEnd());
      }
      assertThat(pages).filteredOn(p -> !p.complete()).allSatisfy(p -> assertThat(p.windowEnd()).isEqualTo(p.windowStart().plusSeconds(1)));
    }
  }

  private static Instant at(long offset) {
    return Instant.ofEpochSecond(T0 + offset);
  }
}
