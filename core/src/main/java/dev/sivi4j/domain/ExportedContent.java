package dev.sivi4j.domain;

import java.util.List;
import java.util.Objects;

/**
 * A content snippet in an export.
 *
 * @param title the heading
 * @param subtitle the subtitle
 * @param bulletList the bullet points (sent as {@code bulletlist})
 */
public record ExportedContent(String title, String subtitle, List<String> bulletList) {
  /**
   * Validates and copies every field.
   *
   * @param title see the record description
   * @param subtitle see the record description
   * @param bulletList see the record description
   */
  public ExportedContent {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    bulletList = List.copyOf(Objects.requireNonNull(bulletList, "bulletlist"));
  }
}
