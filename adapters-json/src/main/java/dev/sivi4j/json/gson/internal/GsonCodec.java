package dev.sivi4j.json.gson.internal;

import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.error.CodecException;
import dev.sivi4j.spi.Envelope;
import dev.sivi4j.spi.ExportBatch;
import dev.sivi4j.spi.LoginGrant;
import dev.sivi4j.spi.SiviCodec;

/** The Gson codec: streaming readers and writers over the wire format, stateless and thread-safe. */
public final class GsonCodec implements SiviCodec {
  /** The one instance; the codec holds no state. */
  public static final GsonCodec INSTANCE = new GsonCodec();

  private GsonCodec() {}

  @Override
  public byte[] encodeLoginUser(LoginUserRequest request) {
    return RequestWriter.loginUser(request);
  }

  @Override
  public byte[] encodeSetCreditLimit(AbstractUserId userId, CreditLimit limit) {
    return RequestWriter.creditLimit(userId, limit);
  }

  @Override
  public byte[] encodeUserId(AbstractUserId userId) {
    return RequestWriter.userId(userId);
  }

  @Override
  public byte[] encodeExportWindow(AbstractUserId userId, long startEpochSecond, long endEpochSecond) {
    return RequestWriter.exportWindow(userId, startEpochSecond, endEpochSecond);
  }

  @Override
  public Envelope<String> decodeMessage(byte[] json, int httpStatus) throws CodecException {
    return Envelopes.read(json, httpStatus, Bodies::message);
  }

  @Override
  public Envelope<LoginGrant> decodeLogin(byte[] json, int httpStatus) throws CodecException {
    return Envelopes.read(json, httpStatus, Bodies::login);
  }

  @Override
  public Envelope<AccountAnalysis> decodeAccountAnalysis(byte[] json, int httpStatus) throws CodecException {
    return Envelopes.read(json, httpStatus, Bodies::accountAnalysis);
  }

  @Override
  public Envelope<ExportBatch> decodeExport(byte[] json, int httpStatus) throws CodecException {
    return Envelopes.read(json, httpStatus, ExportBodies::export);
  }
}
