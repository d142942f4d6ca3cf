package dev.sivi4j.spi;

import dev.sivi4j.domain.ExportedContent;
import dev.sivi4j.domain.ExportedMedia;
import dev.sivi4j.domain.ExportedVariant;
import java.util.List;

/**
 * The body of an export-data success for one window.
 *
 * @param variants design variants
 * @param media media items
 * @param content content snippets
 * @param more whether the service flagged {@code next: 1}, more than it sent
 */
public record ExportBatch(
    List<ExportedVariant> variants,
    List<ExportedMedia> media,
    List<ExportedContent> content,
    boolean more) {
  /**
   * Copies the lists.
   *
   * @param variants see the record description
   * @param media see the record description
   * @param content see the record description
   * @param more see the record description
   */
  public ExportBatch {
    variants = List.copyOf(variants);
    media = List.copyOf(media);
    content = List.copyOf(content);
  }
}
