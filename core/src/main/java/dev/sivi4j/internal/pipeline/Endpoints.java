package dev.sivi4j.internal.pipeline;

import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.Operation;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/** The full URL of every operation, built once per client from the base URL and the path prefix. */
final class Endpoints {
  private final Map<Operation, URI> uris = new EnumMap<>(Operation.class);

  Endpoints(SiviConfig config) {
    String base = config.baseUrl().toString();
    String prefix = config.pathPrefix().isEmpty() ? "" : config.pathPrefix() + "/";
    for (Operation operation : Operation.values()) {
      uris.put(operation, URI.create(base + "/" + prefix + operation.endpoint()));
    }
  }

  URI uri(Operation operation) {
    return uris.get(operation);
  }
}
