package dev.sivi4j.testkit;

import dev.sivi4j.domain.Operation;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request as the fake's {@link Journal} saw it. The API key is never recorded: {@link #maskedKey()}
 * shows at most its last four characters, and the key is cut out of the body should a client put it
 * there.
 *
 * @param sequence the request's number in this fake, from 1
 * @param time when it arrived, on the fake's clock
 * @param face how it arrived
 * @param method the HTTP method
 * @param path the request path
 * @param environment {@code prod} or {@code staging}, if the path is one the fake serves
 * @param operation the operation the path names, if any
 * @param accountId the account whose key was sent, if the key is known
 * @param maskedKey {@code ***} plus the key's last four characters (only for keys of 16 or more),
 *     or {@code (none)} when no key was sent
 * @param userId the body's {@code abstractUserId}, if it had one
 * @param body the body as UTF-8 text
 * @param status the HTTP status answered, or 0 when a fault left the client without one
 * @param message the error message answered, if any
 * @param fault the fault applied, if any
 * @param handled whether the service acted on the request (false when refused early or faulted before)
 * @param headers the request's headers by lower-case name, first value only, without {@code
 *     sivi-api-key} (the key is in {@link #maskedKey()} only)
 */
public record RecordedRequest(
    long sequence,
    Instant time,
    Face face,
    String method,
    String path,
    Optional<String> environment,
    Optional<Operation> operation,
    Optional<String> accountId,
    String maskedKey,
    Optional<String> userId,
    String body,
    int status,
    Optional<String> message,
    Optional<Fault> fault,
    boolean handled,
    Map<String, String> headers) {
  private static final String KEY_HEADER = "sivi-api-key";

  /**
   * The headers to record from those a request carried: all but the key's.
   *
   * @param headers header values by lower-case name
   * @return a copy without {@code sivi-api-key}
   */
  public static Map<String, String> recordable(Map<String, String> headers) {
    if (!headers.containsKey(KEY_HEADER)) {
      return Map.copyOf(headers);
    }
    Map<String, String> copy = new HashMap<>(headers);
    copy.remove(KEY_HEADER);
    return Map.copyOf(copy);
  }

  /**
   * Validates the fields.
   *
   * @param sequence see the record description
   * @param time see the record description
   * @param face see the record description
   * @param method see the record description
   * @param path see the record description
   * @param environment see the record description
   * @param operation see the record description
   * @param accountId see the record description
   * @param maskedKey see the record description
   * @param userId see the record description
   * @param body see the record description
   * @param status see the record description
   * @param message see the record description
   * @param fault see the record description
   * @param handled see the record description
   * @param headers see the record description
   */
  public RecordedRequest {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(face, "face");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(maskedKey, "maskedKey");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fault, "fault");
    headers = Map.copyOf(headers);
    if (headers.containsKey(KEY_HEADER)) {
      throw new IllegalArgumentException("a recorded request never holds the key header");
    }
  }

  /**
   * A request recorded without its headers.
   *
   * @param sequence see the record description
   * @param time see the record description
   * @param face see the record description
   * @param method see the record description
   * @param path see the record description
   * @param environment see the record description
   * @param operation see the record description
   * @param accountId see the record description
   * @param maskedKey see the record description
   * @param userId see the record description
   * @param body see the record description
   * @param status see the record description
   * @param message see the record description
   * @param fault see the record description
   * @param handled see the record description
   */
  public RecordedRequest(
      long sequence, Instant time, Face face, String method, String path, Optional<String> environment,
      Optional<Operation> operation, Optional<String> accountId, String maskedKey, Optional<String> userId,
      String body, int status, Optional<String> message, Optional<Fault> fault, boolean handled) {
    this(sequence, time, face, method, path, environment, operation, accountId, maskedKey, userId, body, status,
        message, fault, handled, Map.of());
  }

  /**
   * A request header, such as the {@code traceparent} a tracing adapter sent.
   *
   * @param name the name, any case
   * @return its first value, if it was sent (never for {@code sivi-api-key})
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * A one-line summary: {@code #3 HTTP POST /api/prod/v2/super/login-user -> 200}.
   *
   * @return the summary
   */
  public String summary() {
    return "#" + sequence + " " + face + " " + method + " " + path + " -> "
        + (status == 0 ? "no response" : status + message.map(m -> " " + m).orElse(""))
        + fault.map(f -> " [fault " + f + "]").orElse("");
  }

  @Override
  public String toString() {
    return "RecordedRequest[" + summary() + "]";
  }
}
