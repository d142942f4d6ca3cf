package dev.sivi4j.examples.spring;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.Brand;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.SessionTokens;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.error.UserNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Logs an end user in with their brand (which creates them on their first visit, and reactivates them if
 * they were deleted less than 15 days ago), caps their credits and returns their session tokens. The
 * {@link SiviClient} is the starter's bean.
 */
@Service
public class UserProvisioningService {
  private final SiviClient sivi;
  private final CreditLimit creditLimit;

  /**
   * Creates the service.
   *
   * @param sivi the application's client
   * @param creditsPerUser {@code provisioning.credits-per-user}: the credits each user may spend per
   *     billing cycle (default 100)
   */
  public UserProvisioningService(SiviClient sivi, @Value("${provisioning.credits-per-user:100}") int creditsPerUser) {
    this.sivi = sivi;
    this.creditLimit = CreditLimit.of(creditsPerUser);
  }

  /**
   * Gives the user a session.
   *
   * @param userId your id for the user
   * @param brand their brand
   * @return the tokens for the Sivi widget
   * @throws dev.sivi4j.error.SiviException if Sivi refused or failed, after sivi4j's retries
   */
  // README:spring:start
  public SessionTokens provision(AbstractUserId userId, Brand brand) {
    LoginUserRequest request = LoginUserRequest.builder(userId).brand(brand).build();
    UserLogin login;
    try {
      login = sivi.loginUser(request);             // creates the user and their workspace on first login
    } catch (UserNotFoundException deleted) {
      sivi.reactivateUser(userId);                 // deleted less than 15 days ago: bring their work back
      login = sivi.loginUser(request);
    }
    sivi.setCreditLimit(userId, creditLimit);      // new users start unlimited: cap before the tokens leave
    return login.tokens();
  }
  // README:spring:end
}
