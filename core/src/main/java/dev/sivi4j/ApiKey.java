package dev.sivi4j;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A Sivi API key and its kind. The key is a secret: {@link #toString()} never shows it, and messages
 * about an invalid key never quote it.
 */
public final class ApiKey {
  private static final int MAX_LENGTH = 1024;

  private final KeyKind kind;
  private final String secret;

  private ApiKey(KeyKind kind, String secret) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.secret = validate(secret);
  }

  /**
   * A SuperUser key.
   *
   * @param secret the key as issued by Sivi
   * @return the key
   * @throws IllegalArgumentException if the key is blank, too long, or has spaces or control characters
   */
  public static ApiKey superUser(String secret) {
    return new ApiKey(KeyKind.SUPER_USER, secret);
  }

  /**
   * An Enterprise Admin key.
   *
   * @param secret the key as issued by Sivi
   * @return the key
   * @throws IllegalArgumentException if the key is blank, too long, or has spaces or control characters
   */
  public static ApiKey enterpriseAdmin(String secret) {
    return new ApiKey(KeyKind.ENTERPRISE_ADMIN, secret);
  }

  /**
   * A key of the given kind.
   *
   * @param kind the kind
   * @param secret the key
   * @return the key
   */
  public static ApiKey of(KeyKind kind, String secret) {
    return new ApiKey(kind, secret);
  }

  private static String validate(String secret) {
    Objects.requireNonNull(secret, "apiKey");
    if (secret.isEmpty()) {
      throw new IllegalArgumentException("apiKey must not be empty");
    }
    if (secret.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "apiKey must be at most " + MAX_LENGTH + " characters (was " + secret.length() + ")");
    }
    for (int i = 0; i < secret.length(); i++) {
      char c = secret.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        throw new IllegalArgumentException(
            "apiKey must be printable ASCII without spaces or control characters (bad character at index "
                + i
                + ")");
      }
    }
    return secret;
  }

  /**
   * The kind of key.
   *
   * @return the kind
   */
  public KeyKind kind() {
    return kind;
  }

  /**
   * The secret itself, for the {@code sivi-api-key} header. Do not log it.
   *
   * @return the key
   */
  public String reveal() {
    return secret;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiKey that
        && that.kind == kind
        && MessageDigest.isEqual(
            that.secret.getBytes(StandardCharsets.US_ASCII), secret.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public int hashCode() {
    return kind.hashCode();
  }

  @Override
  public String toString() {
    return "ApiKey[" + kind + ", ***]";
  }
}
