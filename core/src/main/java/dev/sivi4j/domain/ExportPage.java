package dev.sivi4j.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the service returned for one window of an export.
 *
 * <p>The service caps each answer (300 variants, 300 media, 100 content items) and flags {@code next}
 * when more was there; it offers no cursor. sivi4j then splits the window in halves and asks again, so
 * a page normally holds everything in its window. The splitting is bounded ({@link
 * ExportRequest#MIN_SPLIT_WINDOW}, {@link ExportRequest#MAX_CALLS_PER_WINDOW}): a window still flagged at
 * the bound comes back with {@link #complete()} false, holding what the service sent for it.
 *
 * <p>Adjacent windows share their boundary second, so an item stamped on it may be in the answers of
 * both; a page leaves out what the page before it already held (variants with the same {@code
 * variantId}, media with the same {@code url}, equal content snippets).
 *
 * @param windowStart the window's start, inclusive
 * @param windowEnd the window's end, exclusive
 * @param variants design variants created in the window
 * @param media media uploaded or used in the window
 * @param content content snippets created in the window
 * @param complete false if the service said it had more than it sent for this window
 */
public record ExportPage(
    Instant windowStart,
    Instant windowEnd,
    List<ExportedVariant> variants,
    List<ExportedMedia> media,
    List<ExportedContent> content,
    boolean complete) {
  /**
   * Validates and copies every field.
   *
   * @param windowStart see the record description
   * @param windowEnd see the record description
   * @param variants see the record description
   * @param media see the record description
   * @param content see the record description
   * @param complete see the record description
   */
  public ExportPage {
    Objects.requireNonNull(windowStart, "windowStart");
    Objects.requireNonNull(windowEnd, "windowEnd");
    variants = List.copyOf(variants);
    media = List.copyOf(media);
    content = List.copyOf(content);
  }

  /**
   * Whether the window held nothing.
   *
   * @return true if there are no variants, media or content
   */
  public boolean isEmpty() {
    return variants.isEmpty() && media.isEmpty() && content.isEmpty();
  }
}
