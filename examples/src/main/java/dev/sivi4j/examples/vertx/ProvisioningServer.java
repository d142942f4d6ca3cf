package dev.sivi4j.examples.vertx;

import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.opentelemetry.SiviOpenTelemetry;
import dev.sivi4j.transport.vertx.SiviVertx;
import dev.sivi4j.transport.vertx.VertxSiviClient;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.vertx.core.Vertx;
import java.lang.System.Logger.Level;

/**
 * Serves {@link ProvisioningVerticle} on port 8080 against the real service: {@code SIVI_API_KEY=...
 * java ... ProvisioningServer}, then {@code curl -d '{"brandName":"Acme","brandDescription":"Rockets"}'
 * localhost:8080/users/user-12345/session}.
 */
public final class ProvisioningServer {
  private static final System.Logger LOG = System.getLogger(ProvisioningServer.class.getName());

  private ProvisioningServer() {}

  /**
   * Runs the example until the process is stopped.
   *
   * @param args none
   */
  public static void main(String[] args) {
    // README:vertx-setup:start
    Vertx vertx = Vertx.vertx();
    SiviConfig config = SiviConfig.fromEnv().toBuilder()
        .addCallListener(SiviOpenTelemetry.listener(GlobalOpenTelemetry.get()))   // or your OpenTelemetrySdk
        .build();
    VertxSiviClient sivi = SiviVertx.create(vertx, config);   // one per key, shared by verticles
    vertx.deployVerticle(new ProvisioningVerticle(sivi, CreditLimit.of(100), "0.0.0.0", 8080))
        .onFailure(failure -> {
          LOG.log(Level.ERROR, "the provisioning endpoint did not start", failure);
          vertx.close();
        });
    // README:vertx-setup:end
  }
}
