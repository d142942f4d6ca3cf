package dev.sivi4j.testkit.internal.engine;

import dev.sivi4j.domain.Operation;
import dev.sivi4j.testkit.FakeKeyKind;
import org.jspecify.annotations.Nullable;

/**
 * A path the fake serves: {@code /api/<prod|staging>/v2/<family>/<endpoint>}.
 *
 * @param environment {@code prod} or {@code staging}
 * @param family {@code general}, {@code super} or {@code enterprise}
 * @param operation the operation its endpoint names
 */
public record Route(String environment, String family, Operation operation) {
  /**
   * Reads a request path (without query).
   *
   * @param path the raw path
   * @return the route, or null if the fake serves no such path
   */
  public static @Nullable Route parse(String path) {
    String[] parts = path.split("/", -1);
    if (parts.length != 6
        || !parts[0].isEmpty()
        || !parts[1].equals("api")
        || !(parts[2].equals("prod") || parts[2].equals("staging"))
        || !parts[3].equals("v2")
        || !(parts[4].equals("general") || parts[4].equals("super") || parts[4].equals("enterprise"))) {
      return null;
    }
    for (Operation operation : Operation.values()) {
      if (operation.endpoint().equals(parts[5])) {
        return new Route(parts[2], parts[4], operation);
      }
    }
    return null;
  }

  /**
   * Reads only the operation of a path, for targeting faults at requests the engine may refuse.
   *
   * @param path the raw path
   * @return the operation, or null
   */
  public static @Nullable Operation operationOf(String path) {
    Route route = parse(path);
    return route == null ? null : route.operation();
  }

  /**
   * Whether a key of this kind may call this route.
   *
   * @param kind the key's kind
   * @return true if allowed
   */
  public boolean allows(FakeKeyKind kind) {
    return switch (kind) {
      case GENERAL -> false;
      case SUPER_USER -> !family.equals("enterprise") && !operation.enterpriseOnly();
      case ENTERPRISE_ADMIN -> family.equals("enterprise");
    };
  }
}
