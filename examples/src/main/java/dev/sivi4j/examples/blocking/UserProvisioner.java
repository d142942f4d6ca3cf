package dev.sivi4j.examples.blocking;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.Brand;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.SessionTokens;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.error.UserNotFoundException;
import java.util.Objects;

/**
 * Gives an end user of your product a Sivi session: logs them in with their brand (which creates them
 * on their first visit), caps the credits they may spend, and returns the tokens your front end hands
 * to the Sivi widget. Thread-safe if the client is (sivi4j's are).
 *
 * <p>Failures are sivi4j's typed, unchecked exceptions, thrown after sivi4j has retried what is worth
 * retrying (timeouts, resets, 5xx, rate limiting). The ones a caller acts on:
 *
 * <ul>
 *   <li>{@link dev.sivi4j.error.CreditLimitExceededException}: your master account's credits are spent;
 *       an answer, never retried. Tell the user to come back later, or buy credits.
 *   <li>{@link dev.sivi4j.error.SiviTransportException} and {@link dev.sivi4j.error.ServerErrorException}:
 *       Sivi could not be reached or failed, even after retries; try again later.
 *   <li>{@link IllegalArgumentException}: an invalid id or brand, refused before anything was sent.
 * </ul>
 */
public final class UserProvisioner {
  private final SiviClient sivi;
  private final CreditLimit creditLimit;

  /**
   * Creates a provisioner.
   *
   * @param sivi the client, shared by the whole application
   * @param creditLimit the credits each user may spend per billing cycle
   */
  public UserProvisioner(SiviClient sivi, CreditLimit creditLimit) {
    this.sivi = Objects.requireNonNull(sivi, "sivi");
    this.creditLimit = Objects.requireNonNull(creditLimit, "creditLimit");
  }

  /**
   * Logs the user in with their brand and caps their credits. A user your backend deleted less than
   * 15 days ago is reactivated, with their designs, instead of being refused. No tokens are returned
   * unless the cap is in place: a new user starts with no limit.
   *
   * @param userId your id for the user
   * @param brand their brand, so the widget can skip its brand onboarding
   * @return the session tokens for the Sivi widget
   * @throws dev.sivi4j.error.SiviException if Sivi refused or failed, after sivi4j's retries
   */
  // README:blocking:start
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
    return login.tokens();                         // for the Sivi widget in your front end
  }
  // README:blocking:end
}
