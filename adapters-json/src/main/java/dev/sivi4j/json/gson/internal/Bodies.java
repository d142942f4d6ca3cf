package dev.sivi4j.json.gson.internal;

import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.CreditBalance;
import dev.sivi4j.domain.DataSize;
import dev.sivi4j.domain.SessionTokens;
import dev.sivi4j.domain.UsageSummary;
import dev.sivi4j.error.CodecException;
import dev.sivi4j.spi.LoginGrant;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Readers of the success bodies of message, login-user and account-analysis answers. */
final class Bodies {
  /** Timestamps at or above this are milliseconds: as seconds they would be past the year 5000. */
  private static final long MILLIS_THRESHOLD = 100_000_000_000L;

  private Bodies() {}

  /** {@code {"message": "..."}}; the message is optional on success. */
  static String message(WireReader reader) throws IOException, CodecException {
    reader.beginObject("body");
    String message = "";
    while (reader.json().hasNext()) {
      if (!reader.nextName().equals("message")) {
        reader.skipValue();
      } else if (!reader.skipNull()) {
        message = reader.string("body.message");
      }
    }
    reader.endObject();
    return message;
  }

  static LoginGrant login(WireReader reader) throws IOException, CodecException {
    reader.beginObject("body");
    String access = null;
    String refresh = null;
    String workspace = null;
    while (reader.json().hasNext()) {
      switch (reader.nextName()) {
        case "accessToken" -> access = reader.string("body.accessToken");
        case "refreshToken" -> refresh = reader.string("body.refreshToken");
        case "workspaceId" -> workspace = reader.string("body.workspaceId");
        default -> reader.skipValue();
      }
    }
    reader.endObject();
    return new LoginGrant(
        WireReader.require(workspace, "body.workspaceId"),
        new SessionTokens(
            WireReader.require(access, "body.accessToken"), WireReader.require(refresh, "body.refreshToken")));
  }

  static AccountAnalysis accountAnalysis(WireReader reader) throws IOException, CodecException {
    reader.beginObject("body");
    UsageSummary yearly = null;
    List<UsageSummary> monthly = null;
    CreditBalance balance = null;
    Optional<Instant> lastAccessed = Optional.empty();
    while (reader.json().hasNext()) {
      switch (reader.nextName()) {
        case "yearlyAnalysis" -> yearly = summary(reader, "body.yearlyAnalysis", -1);
        case "monthlyAnalysis" -> {
          monthly = new ArrayList<>();
          if (!reader.skipNull()) {
            reader.beginArray("body.monthlyAnalysis");
            for (int i = 0; reader.json().hasNext(); i++) {
              monthly.add(summary(reader, "body.monthlyAnalysis", i));
            }
            reader.json().endArray();
          }
        }
        case "creditBalance" -> balance = creditBalance(reader);
        case "lastAccessed" -> {
          if (!reader.skipNull()) {
            long value = reader.wholeNumber("body.lastAccessed", 0, Long.MAX_VALUE / 1000);
            // 0 is "never": the Unix epoch is no plausible last access.
            lastAccessed =
                value == 0
                    ? Optional.empty()
                    : Optional.of(value >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value));
          }
        }
        default -> reader.skipValue();
      }
    }
    reader.endObject();
    return new AccountAnalysis(
        WireReader.require(yearly, "body.yearlyAnalysis"),
        WireReader.require(monthly, "body.monthlyAnalysis"),
        WireReader.require(balance, "body.creditBalance"),
        lastAccessed);
  }

  /** One usage summary, at {@code parent} or, for an index of 0 or more, at {@code parent[index]}. */
  private static UsageSummary summary(WireReader reader, String parent, int index)
      throws IOException, CodecException {
    try {
      return summary(reader);
    } catch (CodecException e) {
      throw WireReader.within(parent, index, e);
    }
  }

  // Field names are relative to the summary; the caller places failures under its path.
  private static UsageSummary summary(WireReader reader) throws IOException, CodecException {
    reader.beginObject("");
    long generated = -1;
    long edited = -1;
    long downloaded = -1;
    long media = -1;
    String size = null;
    while (reader.json().hasNext()) {
      String name = reader.nextName();
      switch (name) {
        case "numberOfGeneratedDesignVariations" -> generated = count(reader, name);
        case "numberOfEditedDesigns" -> edited = count(reader, name);
        case "numberOfDownloadedDesigns" -> downloaded = count(reader, name);
        case "numberOfMedia" -> media = count(reader, name);
        case "mediaSize" -> size = reader.string("mediaSize");
        default -> reader.skipValue();
      }
    }
    reader.endObject();
    return new UsageSummary(
        present(generated, "numberOfGeneratedDesignVariations"),
        present(edited, "numberOfEditedDesigns"),
        present(downloaded, "numberOfDownloadedDesigns"),
        present(media, "numberOfMedia"),
        DataSize.parse(WireReader.require(size, "mediaSize")));
  }

  private static CreditBalance creditBalance(WireReader reader) throws IOException, CodecException {
    reader.beginObject("body.creditBalance");
    Long available = null;
    Long used = null;
    while (reader.json().hasNext()) {
      switch (reader.nextName()) {
        case "availableCredits" -> available =
            reader.wholeNumber("body.creditBalance.availableCredits", Long.MIN_VALUE, Long.MAX_VALUE);
        case "usedCredits" -> used = reader.wholeNumber("body.creditBalance.usedCredits", Long.MIN_VALUE, Long.MAX_VALUE);
        default -> reader.skipValue();
      }
    }
    reader.endObject();
    return new CreditBalance(
        WireReader.require(available, "body.creditBalance.availableCredits"),
        WireReader.require(used, "body.creditBalance.usedCredits"));
  }

  private static long count(WireReader reader, String name) throws IOException, CodecException {
    return reader.wholeNumber(name, 0, Long.MAX_VALUE);
  }

  private static long present(long value, String field) throws CodecException {
    if (value < 0) {
      throw new CodecException(field + " is missing", null);
    }
    return value;
  }
}
