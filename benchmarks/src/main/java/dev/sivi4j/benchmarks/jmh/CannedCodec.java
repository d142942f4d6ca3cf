package dev.sivi4j.benchmarks.jmh;

import dev.sivi4j.benchmarks.WireSamples;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.error.CodecException;
import dev.sivi4j.json.gson.GsonSiviCodec;
import dev.sivi4j.spi.Envelope;
import dev.sivi4j.spi.ExportBatch;
import dev.sivi4j.spi.LoginGrant;
import dev.sivi4j.spi.SiviCodec;

/**
 * A codec that answers from values decoded once by the real one, so a pipeline benchmark on it
 * measures the pipeline alone: what is left of a call once JSON costs nothing.
 */
final class CannedCodec implements SiviCodec {
  private final byte[] loginBody;
  private final byte[] creditLimitBody;
  private final byte[] userIdBody;
  private final byte[] exportBody;
  private final Envelope<String> message;
  private final Envelope<LoginGrant> login;
  private final Envelope<AccountAnalysis> analysis;
  private final Envelope<ExportBatch> export;

  CannedCodec(SiviCodec real, LoginUserRequest request, CreditLimit limit, InMemoryAnswers answers)
      throws CodecException {
    AbstractUserId id = request.userId();
    loginBody = real.encodeLoginUser(request);
    creditLimitBody = real.encodeSetCreditLimit(id, limit);
    userIdBody = real.encodeUserId(id);
    exportBody = real.encodeExportWindow(id, 0, 1);
    message = real.decodeMessage(answers.message(), 200);
    login = real.decodeLogin(answers.login(), 200);
    analysis = real.decodeAccountAnalysis(answers.analysis(), 200);
    export = real.decodeExport(answers.export(), 200);
  }

  /**
   * The canned codec of the JMH benchmarks: the sample user's login and credit limit, and the sample
   * answers, decoded once by the Gson codec.
   */
  static CannedCodec ofWireSamples() throws CodecException {
    return new CannedCodec(
        GsonSiviCodec.create(),
        LoginUserRequest.of(AbstractUserId.of(WireSamples.USER_ID)),
        CreditLimit.of(WireSamples.CREDIT_LIMIT),
        new InMemoryAnswers(
            WireSamples.bytes(WireSamples.SET_CREDIT_LIMIT),
            WireSamples.bytes(WireSamples.LOGIN_USER),
            WireSamples.bytes(WireSamples.ACCOUNT_ANALYSIS),
            WireSamples.bytes(WireSamples.EXPORT_DATA)));
  }

  /** The response bodies to decode once. */
  record InMemoryAnswers(byte[] message, byte[] login, byte[] analysis, byte[] export) {}

  @Override
  public byte[] encodeLoginUser(LoginUserRequest request) {
    return loginBody;
  }

  @Override
  public byte[] encodeSetCreditLimit(AbstractUserId userId, CreditLimit limit) {
    return creditLimitBody;
  }

  @Override
  public byte[] encodeUserId(AbstractUserId userId) {
    return userIdBody;
  }

  @Override
  public byte[] encodeExportWindow(AbstractUserId userId, long startEpochSecond, long endEpochSecond) {
    return exportBody;
  }

  @Override
  public Envelope<String> decodeMessage(byte[] json, int httpStatus) {
    return message;
  }

  @Override
  public Envelope<LoginGrant> decodeLogin(byte[] json, int httpStatus) {
    return login;
  }

  @Override
  public Envelope<AccountAnalysis> decodeAccountAnalysis(byte[] json, int httpStatus) {
    return analysis;
  }

  @Override
  public Envelope<ExportBatch> decodeExport(byte[] json, int httpStatus) {
    return export;
  }
}
