package dev.sivi4j.domain;

import java.util.Objects;

/**
 * A media item in an export.
 *
 * @param url where the asset is
 * @param type for example {@code photo} or {@code illustration}
 */
public record ExportedMedia(String url, String type) {
  /**
   * Validates both fields.
   *
   * @param url see the record description
   * @param type see the record description
   */
  public ExportedMedia {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(type, "type");
  }
}
