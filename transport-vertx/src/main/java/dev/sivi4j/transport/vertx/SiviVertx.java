package dev.sivi4j.transport.vertx;

import dev.sivi4j.SiviConfig;
import dev.sivi4j.spi.SiviCodec;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link VertxSiviClient}s: the Sivi client for Vert.x applications.
 *
 * <pre>{@code
 * VertxSiviClient sivi = SiviVertx.create(vertx, config);
 * sivi.loginUser(LoginUserRequest.of(AbstractUserId.of("user-12345")))
 *     .onSuccess(login -> ...);
 * }</pre>
 *
 * <p>On a cold JVM, call {@link VertxSiviClient#warmUp()} once after creating the client and before its
 * first call, so that the first call does not hold an event loop while classes load.
 *
 * <p>The client never closes the {@link Vertx} it is given, nor a {@link WebClient} passed to {@link
 * Builder#webClient}; it closes only the Web Client it created.
 */
public final class SiviVertx {
  private SiviVertx() {}

  /**
   * A client on its own Web Client, configured from {@code config}, with the default JSON codec.
   *
   * @param vertx your Vert.x instance; left open when the client closes
   * @param config the configuration
   * @return the client
   */
  public static VertxSiviClient create(Vertx vertx, SiviConfig config) {
    return builder(vertx, config).build();
  }

  /**
   * A builder, for a client on your own Web Client or codec.
   *
   * @param vertx your Vert.x instance; left open when the client closes
   * @param config the configuration
   * @return the builder
   */
  public static Builder builder(Vertx vertx, SiviConfig config) {
    return new Builder(vertx, config);
  }

  /** Builds a {@link VertxSiviClient}. Not thread-safe; each {@link #build()} makes a new client. */
  public static final class Builder {
    private final Vertx vertx;
    private final SiviConfig config;
    private @Nullable WebClient webClient;
    private @Nullable SiviCodec codec;

    private Builder(Vertx vertx, SiviConfig config) {
      this.vertx = Objects.requireNonNull(vertx, "vertx");
      this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Sends through your Web Client instead of one sivi4j creates. Its TLS, proxy and pool settings are
     * used as they are (keep host verification on); sivi4j turns redirects off and sets the timeouts on
     * each request, and never closes the client. It adds one interceptor to the client, which touches
     * only sivi4j's own requests: it lets a cancelled or timed-out call reset its request at once
     * instead of leaving the connection busy.
     *
     * @param webClient your Web Client, created on the same {@code Vertx}
     * @return this builder
     */
    public Builder webClient(WebClient webClient) {
      this.webClient = Objects.requireNonNull(webClient, "webClient");
      return this;
    }

    /**
     * Encodes and decodes with your codec instead of the Gson one.
     *
     * @param codec a codec that follows the {@link SiviCodec} contract
     * @return this builder
     */
    public Builder codec(SiviCodec codec) {
      this.codec = Objects.requireNonNull(codec, "codec");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new client
     */
    public VertxSiviClient build() {
      VertxComponent component = DaggerVertxComponent.factory().create(config, vertx, Optional.ofNullable(webClient), Optional.ofNullable(codec));
      return new VertxSiviClient(vertx, component.client(), component.transport(), component.codec());
    }
  }
}
