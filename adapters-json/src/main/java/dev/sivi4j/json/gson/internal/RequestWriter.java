package dev.sivi4j.json.gson.internal;

import com.google.gson.stream.JsonWriter;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.Brand;
import dev.sivi4j.domain.BrandPersona;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Writes request bodies field by field, in the documented names, leaving out what is absent or empty. */
final class RequestWriter {
  private RequestWriter() {}

  @FunctionalInterface
  private interface Fields {
    void write(JsonWriter out) throws IOException;
  }

  private static byte[] object(AbstractUserId userId, Fields fields) {
    StringWriter text = new StringWriter(128);
    try (JsonWriter out = new JsonWriter(text)) {
      out.setHtmlSafe(false);
      out.beginObject();
      out.name("abstractUserId").value(userId.value());
      fields.write(out);
      out.endObject();
    } catch (IOException e) {
      // A StringWriter does not fail; this only satisfies the checked signature.
      throw new UncheckedIOException(e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] userId(AbstractUserId userId) {
    return object(userId, out -> {});
  }

  static byte[] creditLimit(AbstractUserId userId, CreditLimit limit) {
    return object(userId, out -> out.name("creditLimit").value(limit.wireValue()));
  }

  static byte[] exportWindow(AbstractUserId userId, long start, long end) {
    return object(userId, out -> out.name("startDate").value(start).name("endDate").value(end));
  }

  static byte[] loginUser(LoginUserRequest request) {
    return object(
        request.userId(),
        out -> {
          if (request.planId().isPresent()) {
            out.name("planId").value(request.planId().get());
          }
          if (request.brand().isPresent()) {
            out.name("brand");
            brand(out, request.brand().get());
          }
        });
  }

  private static void brand(JsonWriter out, Brand brand) throws IOException {
    out.beginObject();
    out.name("brandName").value(brand.name());
    out.name("brandDescription").value(brand.description());
    optional(out, "brandUrl", brand.url());
    optional(out, "brandLogo", brand.logoUrl());
    strings(out, "brandColors", brand.colors());
    strings(out, "brandFonts", brand.fonts());
    if (brand.persona().isPresent()) {
      BrandPersona persona = brand.persona().get();
      out.name("brandPersona").beginObject();
      strings(out, "emotions", persona.emotions());
      optional(out, "industry", persona.industry());
      strings(out, "audience", persona.audience());
      strings(out, "designTags", persona.designTags());
      out.endObject();
    }
    out.endObject();
  }

  private static void optional(JsonWriter out, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      out.name(name).value(value.get());
    }
  }

  private static void strings(JsonWriter out, String name, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    out.name(name).beginArray();
    for (String value : values) {
      out.value(value);
    }
    out.endArray();
  }
}
