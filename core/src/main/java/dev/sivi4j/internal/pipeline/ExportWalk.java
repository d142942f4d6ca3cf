package dev.sivi4j.internal.pipeline;

import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.spi.ExportBatch;
import dev.sivi4j.spi.ExportWindowFetched;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which export-data windows to ask for, in time order, and what to do with each answer. The range is
 * cut into windows of the request's size; a window the service flags as having more ({@code next: 1})
 * is split in halves and asked again, since the service offers no cursor. Shared by the blocking stream
 * and the async publisher; not thread-safe.
 */
public final class ExportWalk {
  private final long end;
  private final long windowSeconds;
  private final Deque<ExportWindow> splits = new ArrayDeque<>();
  private final @Nullable Listeners listeners;
  private long cursor;

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
    boolean split = batch.more() && window.seconds() > 1;
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
      return Optional.empty();
    }
    return Optional.of(
        new ExportPage(
            Instant.ofEpochSecond(window.startEpochSecond()),
            Instant.ofEpochSecond(window.endEpochSecond()),
            batch.variants(),
            batch.media(),
            batch.content(),
            !batch.more()));
  }
}
