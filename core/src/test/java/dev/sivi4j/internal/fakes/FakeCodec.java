package dev.sivi4j.internal.fakes;

import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.CreditBalance;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.DataSize;
import dev.sivi4j.domain.ExportedVariant;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.SessionTokens;
import dev.sivi4j.domain.UsageSummary;
import dev.sivi4j.error.CodecException;
import dev.sivi4j.spi.Envelope;
import dev.sivi4j.spi.ExportBatch;
import dev.sivi4j.spi.LoginGrant;
import dev.sivi4j.spi.SiviCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A hand-written stand-in for the JSON codec, just enough to drive the pipeline: it writes flat JSON and
 * reads the fields it needs with patterns. It follows the {@link SiviCodec} contract where the pipeline
 * depends on it: a body that is not a JSON object is a {@link CodecException}; the envelope status
 * decides, else the HTTP status; a failure keeps {@code message} if there is one; a success missing a
 * required field is a {@link CodecException}.
 */
public final class FakeCodec implements SiviCodec {
  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*(\\d+)");
  private static final Pattern NUMBER_TAIL = Pattern.compile("\\s*:\\s*(-?\\d+)");
  private static final Pattern STRING_TAIL = Pattern.compile("\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final UsageSummary NO_USAGE = new UsageSummary(0, 0, 0, 0, DataSize.parse("0Mb"));

  private final boolean echoBodyInErrors;

  /** A codec whose error messages never quote the body, as the contract asks. */
  public FakeCodec() {
    this(false);
  }

  private FakeCodec(boolean echoBodyInErrors) {
    this.echoBodyInErrors = echoBodyInErrors;
  }

  /**
   * A careless codec that quotes the body in its error messages, to show the pipeline still hides the
   * key.
   *
   * @return the codec
   */
  public static FakeCodec echoingBodyInErrors() {
    return new FakeCodec(true);
  }

  @Override
  public byte[] encodeLoginUser(LoginUserRequest request) {
    String plan = request.planId().map(p -> ",\"planId\":" + Bodies.quote(p)).orElse("");
    return bytes("{\"abstractUserId\":" + Bodies.quote(request.userId().value()) + plan + "}");
  }

  @Override
  public byte[] encodeSetCreditLimit(AbstractUserId userId, CreditLimit limit) {
    return bytes("{\"abstractUserId\":" + Bodies.quote(userId.value()) + ",\"creditLimit\":" + limit.wireValue() + "}");
  }

  @Override
  public byte[] encodeUserId(AbstractUserId userId) {
    return bytes("{\"abstractUserId\":" + Bodies.quote(userId.value()) + "}");
  }

  @Override
  public byte[] encodeExportWindow(AbstractUserId userId, long startEpochSecond, long endEpochSecond) {
    return bytes(
        "{\"abstractUserId\":" + Bodies.quote(userId.value()) + ",\"startDate\":" + startEpochSecond + ",\"endDate\":"
            + endEpochSecond + "}");
  }

  @Override
  public Envelope<String> decodeMessage(byte[] json, int httpStatus) throws CodecException {
    return decode(json, httpStatus, text -> required(text, "message"));
  }

  @Override
  public Envelope<LoginGrant> decodeLogin(byte[] json, int httpStatus) throws CodecException {
    return decode(
        json,
        httpStatus,
        text ->
            new LoginGrant(
                required(text, "workspaceId"),
                new SessionTokens(required(text, "accessToken"), required(text, "refreshToken"))));
  }

  @Override
  public Envelope<AccountAnalysis> decodeAccountAnalysis(byte[] json, int httpStatus) throws CodecException {
    return decode(
        json,
        httpStatus,
        text -> {
          if (!text.contains("\"yearlyAnalysis\"")) {
            throw failure("body.yearlyAnalysis is missing", text);
          }
          Matcher credits = Pattern.compile("\"availableCredits\"" + NUMBER_TAIL.pattern()).matcher(text);
          long available = credits.find() ? Long.parseLong(credits.group(1)) : 0;
          return new AccountAnalysis(NO_USAGE, List.of(), new CreditBalance(available, 0), Optional.empty());
        });
  }

  @Override
  public Envelope<ExportBatch> decodeExport(byte[] json, int httpStatus) throws CodecException {
    return decode(
        json,
        httpStatus,
        text -> {
          Matcher ids = Pattern.compile("\"variantId\"" + STRING_TAIL.pattern()).matcher(text);
          List<ExportedVariant> variants = new ArrayList<>();
          while (ids.find()) {
            String id = ids.group(1);
            variants.add(
                new ExportedVariant(
                    id, "https://img.example/" + id, "https://edit.example/" + id, OptionalInt.empty(), OptionalInt.empty(),
                    Optional.empty()));
          }
          boolean more = Pattern.compile("\"next\"\\s*:\\s*1").matcher(text).find();
          return new ExportBatch(variants, List.of(), List.of(), more);
        });
  }

  private <T> Envelope<T> decode(byte[] json, int httpStatus, BodyReader<T> reader) throws CodecException {
    String text = new String(json, StandardCharsets.UTF_8).strip();
    if (!text.startsWith("{") || !text.endsWith("}")) {
      throw failure("response is not a JSON object", text);
    }
    Matcher status = STATUS.matcher(text);
    int envelopeStatus = status.find() ? Integer.parseInt(status.group(1)) : 0;
    int deciding = envelopeStatus != 0 ? envelopeStatus : httpStatus;
    if (deciding < 200 || deciding > 299) {
      return Envelope.failure(envelopeStatus, string(text, "message"));
    }
    return Envelope.success(envelopeStatus, reader.read(text));
  }

  private String required(String text, String field) throws CodecException {
    String value = string(text, field);
    if (value == null) {
      throw failure("body." + field + " is missing", text);
    }
    return value;
  }

  private static @Nullable String string(String text, String field) {
    Matcher m = Pattern.compile("\"" + field + "\"" + STRING_TAIL.pattern()).matcher(text);
    return m.find() ? m.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : null;
  }

  private CodecException failure(String what, String text) {
    return new CodecException(echoBodyInErrors ? what + " in " + text : what, null);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @FunctionalInterface
  private interface BodyReader<T> {
    T read(String text) throws CodecException;
  }
}
