package dev.sivi4j.json.gson.internal;

import dev.sivi4j.domain.ExportedContent;
import dev.sivi4j.domain.ExportedMedia;
import dev.sivi4j.domain.ExportedVariant;
import dev.sivi4j.error.CodecException;
import dev.sivi4j.spi.ExportBatch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads an export-data success body. Each of {@code variants}, {@code media} and {@code content} must be
 * there (a body without one, such as {@code {}} or a renamed field, is malformed, never a silent empty
 * page); one sent as {@code null} is empty. {@code next} is a flag (0 or 1), not a cursor, and 0 when
 * left out; {@code variantWidth}, {@code variantHeight} and {@code variantType} appear
 * only in some versions of the documentation, so they are optional.
 */
final class ExportBodies {
  private static final int MAX_PIXELS = 1_000_000;

  private ExportBodies() {}

  static ExportBatch export(WireReader reader) throws IOException, CodecException {
    reader.beginObject("body");
    List<ExportedVariant> variants = null;
    List<ExportedMedia> media = null;
    List<ExportedContent> content = null;
    boolean more = false;
    while (reader.json().hasNext()) {
      switch (reader.nextName()) {
        case "variants" -> variants = items(reader, "body.variants", ExportBodies::variant);
        case "media" -> media = items(reader, "body.media", ExportBodies::media);
        case "content" -> content = items(reader, "body.content", ExportBodies::content);
        case "next" -> more = !reader.skipNull() && reader.wholeNumber("body.next", 0, 1) == 1;
        default -> reader.skipValue();
      }
    }
    reader.endObject();
    return new ExportBatch(
        WireReader.require(variants, "body.variants"),
        WireReader.require(media, "body.media"),
        WireReader.require(content, "body.content"),
        more);
  }

  /** Reads one array element with field names relative to it; {@link #items} places failures. */
  @FunctionalInterface
  private interface Item<T> {
    T read(WireReader reader) throws IOException, CodecException;
  }

  private static <T> List<T> items(WireReader reader, String field, Item<T> item)
      throws IOException, CodecException {
    List<T> into = new ArrayList<>();
    if (reader.skipNull()) {
      return into;
    }
    reader.beginArray(field);
    for (int i = 0; reader.json().hasNext(); i++) {
      try {
        into.add(item.read(reader));
      } catch (CodecException e) {
        throw WireReader.within(field, i, e);
      }
    }
    reader.json().endArray();
    return into;
  }

  private static ExportedVariant variant(WireReader reader) throws IOException, CodecException {
    reader.beginObject("");
    String id = null;
    String image = null;
    String edit = null;
    OptionalInt width = OptionalInt.empty();
    OptionalInt height = OptionalInt.empty();
    Optional<String> type = Optional.empty();
    while (reader.json().hasNext()) {
      String name = reader.nextName();
      if (reader.skipNull()) {
        continue;
      }
      switch (name) {
        case "variantId" -> id = reader.string("variantId");
        case "variantImageUrl" -> image = reader.string("variantImageUrl");
        case "variantEditLink" -> edit = reader.string("variantEditLink");
        case "variantWidth" -> width = OptionalInt.of((int) reader.wholeNumber("variantWidth", 0, MAX_PIXELS));
        case "variantHeight" -> height =
            OptionalInt.of((int) reader.wholeNumber("variantHeight", 0, MAX_PIXELS));
        case "variantType" -> type = Optional.of(reader.string("variantType"));
        default -> reader.skipValue();
      }
    }
    reader.endObject();
    return new ExportedVariant(
        WireReader.require(id, "variantId"),
        WireReader.require(image, "variantImageUrl"),
        WireReader.require(edit, "variantEditLink"),
        width,
        height,
        type);
  }

  private static ExportedMedia media(WireReader reader) throws IOException, CodecException {
    reader.beginObject("");
    String url = null;
    String type = null;
    while (reader.json().hasNext()) {
      switch (reader.nextName()) {
        case "url" -> url = reader.string("url");
        case "type" -> type = reader.string("type");
        default -> reader.skipValue();
      }
    }
    reader.endObject();
    return new ExportedMedia(WireReader.require(url, "url"), WireReader.require(type, "type"));
  }

  private static ExportedContent content(WireReader reader) throws IOException, CodecException {
    reader.beginObject("");
    String title = null;
    String subtitle = "";
    List<String> bullets = List.of();
    while (reader.json().hasNext()) {
      String name = reader.nextName();
      if (reader.skipNull()) {
        continue;
      }
      switch (name) {
        case "title" -> title = reader.string("title");
        case "subtitle" -> subtitle = reader.string("subtitle");
        case "bulletlist" -> bullets = reader.strings("bulletlist");
        default -> reader.skipValue();
      }
    }
    reader.endObject();
    return new ExportedContent(WireReader.require(title, "title"), subtitle, bullets);
  }
}
