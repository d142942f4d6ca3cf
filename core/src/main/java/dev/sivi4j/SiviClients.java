package dev.sivi4j;

import dev.sivi4j.internal.client.AsyncSiviClient;
import dev.sivi4j.internal.client.BlockingSiviClient;
import dev.sivi4j.internal.pipeline.Pipeline;
import dev.sivi4j.internal.pipeline.Requests;
import dev.sivi4j.spi.SiviAsyncTransport;
import dev.sivi4j.spi.SiviCodec;
import dev.sivi4j.spi.SiviTransport;
import dev.sivi4j.spi.TimeSource;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The one way to turn a transport into a client: sivi4j's own transports, the testkit's in-process
 * clients and a transport of your own all go through here, onto the same request pipeline (retries,
 * deadlines, rate limit, error mapping, call listeners from {@link SiviConfig#callListeners()}).
 *
 * <pre>{@code
 * SiviClient client = SiviClients.blocking(config, myTransport, GsonSiviCodec.create());
 * SiviAsyncClient async = SiviClients.builder(config, codec).timeSource(testClock).async(myAsyncTransport);
 * }</pre>
 *
 * <p>Closing a client built here closes its transport.
 */
public final class SiviClients {
  private SiviClients() {}

  /**
   * The version of sivi4j, as its clients send it in {@code User-Agent}.
   *
   * @return the version, such as {@code 0.1.0}
   */
  public static String version() {
    return Pipeline.VERSION;
  }

  /**
   * A blocking client on the system clock.
   *
   * @param config the configuration
   * @param transport how requests are sent
   * @param codec how bodies are written and read (for example {@code GsonSiviCodec.create()})
   * @return the client
   */
  public static SiviClient blocking(SiviConfig config, SiviTransport transport, SiviCodec codec) {
    return builder(config, codec).blocking(transport);
  }

  /**
   * A non-blocking client on the system clock; its waits run on the transport's scheduler.
   *
   * @param config the configuration
   * @param transport how requests are sent
   * @param codec how bodies are written and read
   * @return the client
   */
  public static SiviAsyncClient async(SiviConfig config, SiviAsyncTransport transport, SiviCodec codec) {
    return builder(config, codec).async(transport);
  }

  /**
   * Starts an assembly with further options.
   *
   * @param config the configuration
   * @param codec how bodies are written and read
   * @return a builder
   */
  public static Builder builder(SiviConfig config, SiviCodec codec) {
    return new Builder(config, codec);
  }

  /** The options of an assembly; each {@code blocking} or {@code async} call makes a new client. */
  public static final class Builder {
    private final SiviConfig config;
    private final SiviCodec codec;
    private TimeSource time = TimeSource.system();
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

    private Builder(SiviConfig config, SiviCodec codec) {
      this.config = Objects.requireNonNull(config, "config");
      this.codec = Objects.requireNonNull(codec, "codec");
    }

    /**
     * The clock deadlines are measured on and the sleeper retry backoff waits with (a test clock makes
     * retries instant); the system clock by default.
     *
     * @param value the time source
     * @return this builder
     */
    public Builder timeSource(TimeSource value) {
      this.time = Objects.requireNonNull(value, "timeSource");
      return this;
    }

    /**
     * Where the retry backoff's jitter comes from: uniform draws in {@code [0, 1)}, random by default; a
     * seeded source makes backoff repeat from run to run.
     *
     * @param value the draws
     * @return this builder
     */
    public Builder backoffJitter(DoubleSupplier value) {
      this.jitter = Objects.requireNonNull(value, "backoffJitter");
      return this;
    }

    /**
     * A blocking client over this transport.
     *
     * @param transport how requests are sent
     * @return the client
     */
    public SiviClient blocking(SiviTransport transport) {
      Objects.requireNonNull(transport, "transport");
      return new BlockingSiviClient(new Pipeline(config, time, jitter), requests(), transport);
    }

    /**
     * A non-blocking client over this transport.
     *
     * @param transport how requests are sent
     * @return the client
     */
    public SiviAsyncClient async(SiviAsyncTransport transport) {
      Objects.requireNonNull(transport, "transport");
      return new AsyncSiviClient(new Pipeline(config, time, jitter), requests(), transport);
    }

    private Requests requests() {
      return new Requests(codec, config.apiKey().kind());
    }

    @Override
    public String toString() {
      return "SiviClients.Builder[" + config + ", codec=" + codec.getClass().getSimpleName() + "]";
    }
  }
}
