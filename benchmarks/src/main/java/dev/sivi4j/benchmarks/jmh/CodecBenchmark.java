package dev.sivi4j.benchmarks.jmh;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import dev.sivi4j.benchmarks.RawGson;
import dev.sivi4j.benchmarks.WireSamples;
import dev.sivi4j.benchmarks.Workload;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.Brand;
import dev.sivi4j.domain.BrandPersona;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.error.CodecException;
import dev.sivi4j.json.gson.GsonSiviCodec;
import dev.sivi4j.spi.Envelope;
import dev.sivi4j.spi.ExportBatch;
import dev.sivi4j.spi.LoginGrant;
import dev.sivi4j.spi.SiviCodec;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Gson codec alone: every request it encodes and every response it decodes, on the documented
 * bodies; and, as {@code raw*}, the same round trip done with a Gson tree the way a user calling the
 * HTTP client directly would (encode the request, parse the answer, read its fields). Not final: JMH
 * subclasses benchmark classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CodecBenchmark {
  private final SiviCodec codec = GsonSiviCodec.create();
  private final AbstractUserId userId = AbstractUserId.of(WireSamples.USER_ID);
  private final LoginUserRequest login = LoginUserRequest.of(userId);
  private final LoginUserRequest loginWithBrand =
      LoginUserRequest.builder(userId)
          .planId("sp-01")
          .brand(
              Brand.builder("Acme", "We make everything")
                  .url("https://acme.example")
                  .logoUrl("https://acme.example/logo.png")
                  .colors("#5662EC", "#EF9AB2")
                  .fonts("Inter", "Roboto")
                  .persona(
                      new BrandPersona(
                          List.of("happy"),
                          Optional.of("games"),
                          List.of("working mom", "working dad"),
                          List.of("minimal", "time management", "productivity", "health")))
                  .build())
          .build();
  private final CreditLimit limit = CreditLimit.of(WireSamples.CREDIT_LIMIT);
  private final byte[] loginResponse = WireSamples.bytes(WireSamples.LOGIN_USER);
  private final byte[] messageResponse = WireSamples.bytes(WireSamples.SET_CREDIT_LIMIT);
  private final byte[] analysisResponse = WireSamples.bytes(WireSamples.ACCOUNT_ANALYSIS);
  private final byte[] exportResponse = WireSamples.bytes(WireSamples.EXPORT_DATA);
  private final byte[] errorResponse = WireSamples.bytes(WireSamples.USER_NOT_FOUND);

  /** Creates the benchmark. */
  public CodecBenchmark() {
    // JMH needs a public no-argument constructor.
  }

  /**
   * login-user body with only the user id.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] encodeLoginUser() {
    return codec.encodeLoginUser(login);
  }

  /**
   * login-user body with a plan and a full brand.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] encodeLoginUserWithBrand() {
    return codec.encodeLoginUser(loginWithBrand);
  }

  /**
   * set-user-credit-limit body.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] encodeSetCreditLimit() {
    return codec.encodeSetCreditLimit(userId, limit);
  }

  /**
   * A body holding only the user id (delete, reactivate, account analysis).
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] encodeUserId() {
    return codec.encodeUserId(userId);
  }

  /**
   * export-data body of one window.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] encodeExportWindow() {
    return codec.encodeExportWindow(userId, 1_700_000_000L, 1_702_592_000L);
  }

  /**
   * login-user success.
   *
   * @return the envelope
   * @throws CodecException never on this body
   */
  @Benchmark
  public Envelope<LoginGrant> decodeLogin() throws CodecException {
    return codec.decodeLogin(loginResponse, 200);
  }

  /**
   * A message success (set-user-credit-limit, delete, reactivate).
   *
   * @return the envelope
   * @throws CodecException never on this body
   */
  @Benchmark
  public Envelope<String> decodeMessage() throws CodecException {
    return codec.decodeMessage(messageResponse, 200);
  }

  /**
   * account-analysis success.
   *
   * @return the envelope
   * @throws CodecException never on this body
   */
  @Benchmark
  public Envelope<AccountAnalysis> decodeAccountAnalysis() throws CodecException {
    return codec.decodeAccountAnalysis(analysisResponse, 200);
  }

  /**
   * export-data success.
   *
   * @return the envelope
   * @throws CodecException never on this body
   */
  @Benchmark
  public Envelope<ExportBatch> decodeExport() throws CodecException {
    return codec.decodeExport(exportResponse, 200);
  }

  /**
   * The documented 400 error envelope.
   *
   * @return the envelope
   * @throws CodecException never on this body
   */
  @Benchmark
  public Envelope<String> decodeError() throws CodecException {
    return codec.decodeMessage(errorResponse, 400);
  }

  /**
   * Raw baseline of a login-user call's JSON work: Gson tree body, {@code JsonParser} answer.
   *
   * @return a value from every field read
   */
  @Benchmark
  public long rawLoginUser() {
    return raw(Workload.LOGIN_USER, loginResponse);
  }

  /**
   * Raw baseline of a set-user-credit-limit call's JSON work.
   *
   * @return a value from every field read
   */
  @Benchmark
  public long rawSetCreditLimit() {
    return raw(Workload.SET_CREDIT_LIMIT, messageResponse);
  }

  /**
   * Raw baseline of an account-analysis call's JSON work.
   *
   * @return a value from every field read
   */
  @Benchmark
  public long rawAccountAnalysis() {
    return raw(Workload.ACCOUNT_ANALYSIS, analysisResponse);
  }

  /**
   * The floor of any Gson streaming decode of the account-analysis answer: bytes to text, a strict
   * {@code JsonReader} (with its 2 KiB buffer) skipping the whole document and building nothing.
   *
   * @return the reader's final path
   * @throws IOException never on this body
   */
  @Benchmark
  public String floorSkipAccountAnalysis() throws IOException {
    return skipAll(analysisResponse);
  }

  /**
   * The same floor for the login-user answer.
   *
   * @return the reader's final path
   * @throws IOException never on this body
   */
  @Benchmark
  public String floorSkipLogin() throws IOException {
    return skipAll(loginResponse);
  }

  private static String skipAll(byte[] json) throws IOException {
    JsonReader reader = new JsonReader(new StringReader(new String(json, StandardCharsets.UTF_8)));
    reader.setStrictness(Strictness.STRICT);
    reader.skipValue();
    return reader.getPath();
  }

  private static long raw(Workload workload, byte[] response) {
    byte[] body = RawGson.requestBody(workload).getBytes(StandardCharsets.UTF_8);
    return body.length + RawGson.readResponse(workload, new String(response, StandardCharsets.UTF_8));
  }
}
