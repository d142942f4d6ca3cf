package dev.sivi4j.spi;

import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.error.CodecException;

/**
 * Turns requests into JSON bytes and response bytes into domain values, following the wire format of
 * the Sivi API exactly.
 *
 * <p>Decoders read the envelope first. The envelope's {@code status} decides success; when it is
 * absent the HTTP status does. On success they decode the body, checking every required field and the
 * range of every number, ignoring unknown fields and rejecting trailing data: anything wrong is a
 * {@link CodecException}. On failure they are tolerant: {@code message} is taken if it is a string and
 * left null otherwise. A body that is not a Sivi envelope (not JSON, not an object, or an object with
 * neither {@code status} nor {@code body}, such as a gateway's own JSON) is a {@link CodecException}
 * either way, so the pipeline maps it by HTTP status. Implementations are
 * thread-safe.
 */
public interface SiviCodec {
  /**
   * Encodes a login-user body.
   *
   * @param request the request
   * @return UTF-8 JSON
   */
  byte[] encodeLoginUser(LoginUserRequest request);

  /**
   * Encodes a set-user-credit-limit body.
   *
   * @param userId the user
   * @param limit the limit ({@code -1} for unlimited)
   * @return UTF-8 JSON
   */
  byte[] encodeSetCreditLimit(AbstractUserId userId, CreditLimit limit);

  /**
   * Encodes a body holding only the user id (delete, reactivate, account analysis).
   *
   * @param userId the user
   * @return UTF-8 JSON
   */
  byte[] encodeUserId(AbstractUserId userId);

  /**
   * Encodes an export-data body for one window, in Unix seconds.
   *
   * @param userId the user
   * @param startEpochSecond the window's start
   * @param endEpochSecond the window's end
   * @return UTF-8 JSON
   */
  byte[] encodeExportWindow(AbstractUserId userId, long startEpochSecond, long endEpochSecond);

  /**
   * Decodes an envelope whose success body is {@code {"message": ...}}.
   *
   * @param json the body
   * @param httpStatus the HTTP status, which decides success when the envelope has no status
   * @return the envelope; on success its body is the message
   * @throws CodecException if the bytes are not a valid envelope
   */
  Envelope<String> decodeMessage(byte[] json, int httpStatus) throws CodecException;

  /**
   * Decodes a login-user response.
   *
   * @param json the body
   * @param httpStatus the HTTP status, which decides success when the envelope has no status
   * @return the envelope
   * @throws CodecException if the bytes are not a valid response
   */
  Envelope<LoginGrant> decodeLogin(byte[] json, int httpStatus) throws CodecException;

  /**
   * Decodes an account-analysis response.
   *
   * @param json the body
   * @param httpStatus the HTTP status, which decides success when the envelope has no status
   * @return the envelope
   * @throws CodecException if the bytes are not a valid response
   */
  Envelope<AccountAnalysis> decodeAccountAnalysis(byte[] json, int httpStatus) throws CodecException;

  /**
   * Decodes an export-data response.
   *
   * @param json the body
   * @param httpStatus the HTTP status, which decides success when the envelope has no status
   * @return the envelope
   * @throws CodecException if the bytes are not a valid response
   */
  Envelope<ExportBatch> decodeExport(byte[] json, int httpStatus) throws CodecException;
}
