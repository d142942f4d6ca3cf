package dev.sivi4j.examples.spring;

import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.Brand;
import dev.sivi4j.domain.SessionTokens;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.error.RateLimitedException;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.error.SiviException;
import dev.sivi4j.error.SiviTransportException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /users/{id}/session} with {@code {"brandName": "..", "brandDescription": ".."}} answers 200
 * {@code {"accessToken": "..", "refreshToken": ".."}}. Errors answer {@code {"error": ".."}}: 400 {@code
 * invalid_request} for a bad id or brand, 402 {@code credits_exhausted}, 503 {@code sivi_unavailable} when
 * Sivi failed even after sivi4j's retries, and 502 {@code sivi_error} for any other refusal.
 */
@RestController
public class ProvisioningController {
  private static final Logger LOG = LoggerFactory.getLogger(ProvisioningController.class);

  private final UserProvisioningService provisioning;

  /**
   * Creates the controller.
   *
   * @param provisioning the service
   */
  public ProvisioningController(UserProvisioningService provisioning) {
    this.provisioning = provisioning;
  }

  /**
   * The request body.
   *
   * @param brandName the brand's name
   * @param brandDescription what the brand does
   */
  public record SessionRequest(@Nullable String brandName, @Nullable String brandDescription) {}

  /**
   * Gives the user a session.
   *
   * @param id your id for the user
   * @param body their brand
   * @return the tokens
   */
  @PostMapping("/users/{id}/session")
  public Map<String, String> session(@PathVariable("id") String id, @RequestBody SessionRequest body) {
    Brand brand = Brand.builder(required(body.brandName(), "brandName"), required(body.brandDescription(), "brandDescription")).build();
    SessionTokens tokens = provisioning.provision(AbstractUserId.of(id), brand);
    return Map.of("accessToken", tokens.accessToken(), "refreshToken", tokens.refreshToken());
  }

  private static String required(@Nullable String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> invalid(IllegalArgumentException e) {
    return ResponseEntity.badRequest()
        .body(Map.of("error", "invalid_request", "message", String.valueOf(e.getMessage())));
  }

  @ExceptionHandler(SiviException.class)
  ResponseEntity<Map<String, String>> sivi(SiviException e) {
    if (e instanceof CreditLimitExceededException) {
      return error(HttpStatus.PAYMENT_REQUIRED, "credits_exhausted");
    }
    if (e instanceof SiviTransportException || e instanceof ServerErrorException || e instanceof RateLimitedException) {
      LOG.warn("Sivi unavailable after retries: {}", e.toString());
      return error(HttpStatus.SERVICE_UNAVAILABLE, "sivi_unavailable");
    }
    LOG.error("Sivi refused to provision a user", e);
    return error(HttpStatus.BAD_GATEWAY, "sivi_error");
  }

  private static ResponseEntity<Map<String, String>> error(HttpStatus status, String code) {
    return ResponseEntity.status(status).body(Map.of("error", code));
  }
}
