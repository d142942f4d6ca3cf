package dev.sivi4j.examples.blocking;

import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.Brand;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.SessionTokens;
import dev.sivi4j.micrometer.SiviMicrometer;
import dev.sivi4j.transport.httpclient.SiviHttpClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.lang.System.Logger.Level;

/**
 * Provisions one user on the real service: {@code SIVI_API_KEY=... java ... ProvisionUser user-12345}.
 * The wiring an application does once at start-up, then one call.
 */
public final class ProvisionUser {
  private static final System.Logger LOG = System.getLogger(ProvisionUser.class.getName());

  private ProvisionUser() {}

  /**
   * Runs the example.
   *
   * @param args the user's id
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ProvisionUser USER_ID, with SIVI_API_KEY set");
    }
    AbstractUserId userId = AbstractUserId.of(args[0]);
    // README:blocking-setup:start
    MeterRegistry meters = new SimpleMeterRegistry();         // your application's registry (Prometheus, OTLP, ...)
    SiviConfig config = SiviConfig.fromEnv().toBuilder()      // reads SIVI_API_KEY (and SIVI_KEY_KIND, SIVI_BASE_URL)
        .addCallListener(SiviMicrometer.listener(ObservationRegistry.NOOP, meters))   // sivi.client.* meters
        .build();
    try (SiviClient sivi = SiviHttpClient.create(config)) {   // one per key: thread-safe and pooled, so share it
      UserProvisioner provisioner = new UserProvisioner(sivi, CreditLimit.of(100));
      Brand brand = Brand.builder("Acme", "Rockets and anvils for road runners").build();
      SessionTokens tokens = provisioner.provision(userId, brand);   // hand both tokens to your front end
      LOG.log(Level.INFO, "{0} is ready for the Sivi widget ({1})", userId, tokens);   // tokens print masked
    }
    // README:blocking-setup:end
  }
}
