package dev.sivi4j.internal.pipeline;

import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.ExportedContent;
import dev.sivi4j.domain.ExportedMedia;
import dev.sivi4j.domain.ExportedVariant;
import dev.sivi4j.spi.ExportBatch;
import dev.sivi4j.spi.ExportWindowFetched;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which export-data windows to ask for, in time order, and what to do with each answer. The range is
 * cut into windows of the request's size; a window the service flags as having more ({@code next: 1})
 * is split in halves and asked again, since the service offers no cursor. Splitting is bounded: a
 * window is split only while both halves last at least {@link ExportRequest#MIN_SPLIT_WINDOW} and the
 * window of the request's size it came from has used fewer than {@link
 * ExportRequest#MAX_CALLS_PER_WINDOW} requests with the two more the split costs; a window still
 * flagged then becomes a page with {@code complete() == false}.
 *
 * <p>Adjacent windows share their boundary second (safe whether the service reads {@code endDate} as
 * inclusive or exclusive), so an item stamped on it can come back in both: a page leaves out what the
 * page before it already returned (variants by {@code variantId}, media by {@code url}, content by equal
 * value). Shared by the blocking stream and the async publisher; not thread-safe.
 */
public final class ExportWalk {
  private static final long MIN_SPLIT_SECONDS = ExportRequest.MIN_SPLIT_WINDOW.getSeconds();

  private final long end;
  private final long windowSeconds;
  private final Deque<ExportWindow> splits = new ArrayDeque<>();
  private final @Nullable Listeners listeners;
  private long cursor;
  private int callsInWindow;
  private Set<String> previousVariants = Set.of();
  private Set<String> previousMedia = Set.of();
  private Set<ExportedContent> previousContent = Set.of();

  /**
   * Starts a walk over a request's range that tells no one of its windows.
   *
   * @param request the request
   */
  public ExportWalk(ExportRequest request) {
    this(request, (Listeners) null);
  }

  /**
   * Starts a walk over a request's range that tells the pipeline's call listeners of each window.
   *
   * @param request the request
   * @param pipeline the pipeline whose calls fetch the windows
   */
  public ExportWalk(ExportRequest request, Pipeline pipeline) {
    this(request, pipeline.listeners());
  }

  private ExportWalk(ExportRequest request, @Nullable Listeners listeners) {
    this.listeners = listeners;
    this.cursor = request.start().getEpochSecond();
    this.end = Math.max(cursor + 1, ceilSeconds(request.end()));
    this.windowSeconds = Math.max(1, request.windowSize().getSeconds());
  }

  private static long ceilSeconds(Instant instant) {
    return instant.getNano() == 0 ? instant.getEpochSecond() : instant.getEpochSecond() + 1;
  }

  /**
   * The next window to ask for.
   *
   * @return the window, or empty when the walk is over
   */
  public Optional<ExportWindow> next() {
    if (!splits.isEmpty()) {
      return Optional.of(splits.pop());
    }
    if (cursor >= end) {
      return Optional.empty();
    }
    ExportWindow window = new ExportWindow(cursor, Math.min(end, cursor + windowSeconds));
    cursor = window.endEpochSecond();
    callsInWindow = 1;
    return Optional.of(window);
  }

  /**
   * Takes the answer for a window.
   *
   * @param window the window asked for
   * @param batch the service's answer
   * @return the page, or empty when the window was split and its halves are still to come
   */
  public Optional<ExportPage> accept(ExportWindow window, ExportBatch batch) {
    boolean split =
        batch.more()
            && window.seconds() / 2 >= MIN_SPLIT_SECONDS
            && callsInWindow + 2 <= ExportRequest.MAX_CALLS_PER_WINDOW;
    if (listeners != null) {
      listeners.exportWindowFetched(
          new ExportWindowFetched(
              Instant.ofEpochSecond(window.startEpochSecond()), Instant.ofEpochSecond(window.endEpochSecond()), split,
              batch.variants().size(), batch.media().size(), batch.content().size()));
    }
    if (split) {
      long middle = window.startEpochSecond() + window.seconds() / 2;
      splits.push(new ExportWindow(middle, window.endEpochSecond()));
      splits.push(new ExportWindow(window.startEpochSecond(), middle));
      callsInWindow += 2;
      return Optional.empty();
    }
    List<ExportedVariant> variants = new ArrayList<>(batch.variants().size());
    Set<String> variantIds = new HashSet<>();
    for (ExportedVariant variant : batch.variants()) {
      variantIds.add(variant.variantId());
      if (!previousVariants.contains(variant.variantId())) {
        variants.add(variant);
      }
    }
    List<ExportedMedia> media = new ArrayList<>(batch.media().size());
    Set<String> mediaUrls = new HashSet<>();
    for (ExportedMedia item : batch.media()) {
      mediaUrls.add(item.url());
      if (!previousMedia.contains(item.url())) {
        media.add(item);
      }
    }
    List<ExportedContent> content = new ArrayList<>(batch.content().size());
    for (ExportedContent snippet : batch.content()) {
      if (!previousContent.contains(snippet)) {
        content.add(snippet);
      }
    }
    previousVariants = variantIds;
    previousMedia = mediaUrls;
    previousContent = new HashSet<>(batch.content());
    return Optional.of(
        new ExportPage(
            Instant.ofEpochSecond(window.startEpochSecond()),
            Instant.ofEpochSecond(window.endEpochSecond()),
            variants,
            media,
            content,
            !batch.more()));
  }
}
