package dev.sivi4j.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot service that gives the end users of your product a Sivi session. The starter configures
 * the {@link dev.sivi4j.SiviClient} from {@code sivi.*} properties ({@code application.properties} reads
 * the key from {@code SIVI_API_KEY}); {@link ProvisioningController} is the endpoint.
 */
@SpringBootApplication
public class ProvisioningApplication {
  /** For Spring. */
  ProvisioningApplication() {}

  /**
   * Starts the service.
   *
   * @param args Spring Boot's command line, such as {@code --server.port=8080}
   */
  public static void main(String[] args) {
    SpringApplication.run(ProvisioningApplication.class, args);
  }
}
