package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.ExportedContent;
import dev.sivi4j.domain.ExportedMedia;
import dev.sivi4j.domain.ExportedVariant;
import dev.sivi4j.spi.ExportBatch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which export-data windows are asked for, in which order, how many at most, and what each page keeps. */
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
    ExportWalk walk = new ExportWalk(request(0, 400, Duration.ofSeconds(200)));
    List<ExportPage> pages = new ArrayList<>();
    List<ExportWindow> asked = walk(walk, w -> w.equals(window(0, 200)), pages);
    assertThat(asked).containsExactly(window(0, 200), window(0, 100), window(100, 200), window(200, 400));
    assertThat(pages).extracting(ExportPage::windowStart).containsExactly(at(0), at(100), at(200));
    assertThat(pages).allMatch(ExportPage::complete);
  }

  @Test
  void splitsAgainWhileAHalfStillHasMore() {
    List<ExportWindow> asked =
        walk(new ExportWalk(request(0, 480, Duration.ofSeconds(480))), w -> w.startEpochSecond() == T0 && w.seconds() > 120, new ArrayList<>());
    assertThat(asked).containsExactly(window(0, 480), window(0, 240), window(0, 120), window(120, 240), window(240, 480));
  }

  @Test
  void splitsAnOddWindowWithoutLosingASecond() {
    List<ExportWindow> asked = walk(new ExportWalk(request(0, 121, Duration.ofSeconds(121))), w -> w.seconds() == 121, new ArrayList<>());
    assertThat(asked).containsExactly(window(0, 121), window(0, 60), window(60, 121));
  }

  @Test
  void windowShorterThanTwoMinimumSplitsIsNotSplitButMarkedIncomplete() {
    List<ExportPage> pages = new ArrayList<>();
    List<ExportWindow> asked = walk(new ExportWalk(request(0, 119, Duration.ofSeconds(119))), w -> true, pages);
    assertThat(asked).containsExactly(window(0, 119));
    assertThat(pages).singleElement().satisfies(page -> assertThat(page.complete()).isFalse());
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
  void windowThatAlwaysHasMoreCostsAtMostTheCapAndComesBackIncomplete() {
    List<ExportPage> pages = new ArrayList<>();
    List<ExportWindow> asked = walk(new ExportWalk(request(0, Duration.ofDays(30).toSeconds(), Duration.ofDays(30))), w -> true, pages);

    assertThat(asked).hasSizeLessThanOrEqualTo(ExportRequest.MAX_CALLS_PER_WINDOW).hasSize(63);
    assertThat(pages).hasSize(32).noneMatch(ExportPage::complete);
    assertThat(pages.get(0).windowStart()).isEqualTo(at(0));
    assertThat(pages.get(pages.size() - 1).windowEnd()).isEqualTo(at(Duration.ofDays(30).toSeconds()));
  }

  @Test
  void neverSplitsBelowTheMinimumWindow() {
    List<ExportWindow> asked = walk(new ExportWalk(request(0, 600, Duration.ofSeconds(600))), w -> true, new ArrayList<>());
    assertThat(asked).allSatisfy(w -> assertThat(w.seconds()).isGreaterThanOrEqualTo(ExportRequest.MIN_SPLIT_WINDOW.getSeconds()));
    assertThat(asked).hasSize(15);   // 600 s halves to 300, 150, then 75 (not 37): 8 leaves, 15 requests
  }

  @Test
  void requestsStayWithinTheDocumentedWorstCaseForAnyRangeAndWindow() {
    SplittableRandom random = new SplittableRandom(7);
    for (int run = 0; run < 300; run++) {
      long length = 1 + random.nextLong(Duration.ofDays(2).toSeconds());
      long windowSize = 1 + random.nextLong(Math.min(length + 600, Duration.ofDays(1).toSeconds()));
      List<ExportWindow> asked = walk(new ExportWalk(request(0, length, Duration.ofSeconds(windowSize))), w -> true, new ArrayList<>());

      long windows = (length + windowSize - 1) / windowSize;
      long perWindow = Math.min(ExportRequest.MAX_CALLS_PER_WINDOW, Math.max(1, 2 * (windowSize / 60) - 1));
      assertThat((long) asked.size()).as("range %d s in windows of %d s", length, windowSize).isLessThanOrEqualTo(windows * perWindow);
    }
  }

  @Test
  void dropsItemsThePreviousPageAlreadyHeldAtTheSharedBoundary() {
    ExportWalk walk = new ExportWalk(request(0, 200, Duration.ofSeconds(100)));
    ExportBatch first = batch(List.of(variant("a"), variant("edge")), List.of(media("m1"), media("m-edge")), List.of(snippet("x"), snippet("s-edge")));
    ExportBatch second = batch(List.of(variant("edge"), variant("b")), List.of(media("m-edge"), media("m2")), List.of(snippet("s-edge"), snippet("y")));

    ExportPage one = walk.accept(walk.next().orElseThrow(), first).orElseThrow();
    ExportPage two = walk.accept(walk.next().orElseThrow(), second).orElseThrow();

    assertThat(one.variants()).extracting(ExportedVariant::variantId).containsExactly("a", "edge");
    assertThat(two.variants()).extracting(ExportedVariant::variantId).containsExactly("b");
    assertThat(two.media()).extracting(ExportedMedia::url).containsExactly("https://m/m2");
    assertThat(two.content()).containsExactly(snippet("y"));
  }

  @Test
  void keepsAnItemThatOnlyAPageBeforeThePreviousOneHeld() {
    ExportWalk walk = new ExportWalk(request(0, 300, Duration.ofSeconds(100)));
    walk.accept(walk.next().orElseThrow(), batch(List.of(variant("a")), List.of(), List.of()));
    walk.accept(walk.next().orElseThrow(), batch(List.of(variant("b")), List.of(), List.of()));
    ExportPage third = walk.accept(walk.next().orElseThrow(), batch(List.of(variant("a")), List.of(), List.of())).orElseThrow();
    assertThat(third.variants()).extracting(ExportedVariant::variantId).containsExactly("a");
  }

  @Test
  void contentIsDroppedOnlyWhenEqualInEveryField() {
    ExportWalk walk = new ExportWalk(request(0, 200, Duration.ofSeconds(100)));
    walk.accept(walk.next().orElseThrow(), batch(List.of(), List.of(), List.of(new ExportedContent("t", "s", List.of("1")))));
    ExportPage two =
        walk.accept(walk.next().orElseThrow(), batch(List.of(), List.of(), List.of(new ExportedContent("t", "s", List.of("1", "2")), new ExportedContent("t", "s", List.of("1")))))
            .orElseThrow();
    assertThat(two.content()).containsExactly(new ExportedContent("t", "s", List.of("1", "2")));
  }

  @Test
  void theAnswerOfAWindowThatWasSplitDoesNotHideItemsFromItsHalves() {
    ExportWalk walk = new ExportWalk(request(0, 240, Duration.ofSeconds(240)));
    ExportWindow whole = walk.next().orElseThrow();
    assertThat(walk.accept(whole, new ExportBatch(List.of(variant("a")), List.of(), List.of(), true))).isEmpty();
    ExportPage left = walk.accept(walk.next().orElseThrow(), batch(List.of(variant("a")), List.of(), List.of())).orElseThrow();
    ExportPage right = walk.accept(walk.next().orElseThrow(), batch(List.of(variant("a"), variant("b")), List.of(), List.of())).orElseThrow();
    assertThat(left.variants()).extracting(ExportedVariant::variantId).containsExactly("a");
    assertThat(right.variants()).extracting(ExportedVariant::variantId).containsExactly("b");
  }

  private static ExportBatch batch(List<ExportedVariant> variants, List<ExportedMedia> media, List<ExportedContent> content) {
    return new ExportBatch(variants, media, content, false);
  }

  private static ExportedVariant variant(String id) {
    return new ExportedVariant(id, "https://img/" + id, "https://edit/" + id, OptionalInt.empty(), OptionalInt.empty(), Optional.empty());
  }

  private static ExportedMedia media(String name) {
    return new ExportedMedia("https://m/" + name, "photo");
  }

  private static ExportedContent snippet(String title) {
    return new ExportedContent(title, "", List.of());
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
    }
  }

  private static Instant at(long offset) {
    return Instant.ofEpochSecond(T0 + offset);
  }
}
