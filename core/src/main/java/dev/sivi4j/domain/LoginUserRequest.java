package dev.sivi4j.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What login-user sends: the user's id, and optionally a brand and a plan.
 *
 * <p>The first login creates the user and their workspace; later logins return fresh tokens. {@code
 * planId} belongs to the older plan-based accounts (examples {@code sp-01}, {@code ent-01}); accounts on
 * the credit model leave it out.
 *
 * @param userId the user to log in
 * @param brand brand details for the widget, if any
 * @param planId the plan to assign, if any
 */
public record LoginUserRequest(AbstractUserId userId, Optional<Brand> brand, Optional<String> planId) {
  /**
   * Validates every field.
   *
   * @param userId see the record description
   * @param brand see the record description
   * @param planId see the record description
   */
  public LoginUserRequest {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(brand, "brand");
    planId.ifPresent(value -> Checks.text(value, "planId", 100));
  }

  /**
   * Logs in a user with no brand and no plan.
   *
   * @param userId the user
   * @return the request
   */
  public static LoginUserRequest of(AbstractUserId userId) {
    return new LoginUserRequest(userId, Optional.empty(), Optional.empty());
  }

  /**
   * Starts a request for a user.
   *
   * @param userId the user
   * @return a builder
   */
  public static Builder builder(AbstractUserId userId) {
    return new Builder(userId);
  }

  /** Builds a {@link LoginUserRequest}. */
  public static final class Builder {
    private final AbstractUserId userId;
    private Optional<Brand> brand = Optional.empty();
    private Optional<String> planId = Optional.empty();

    private Builder(AbstractUserId userId) {
      this.userId = Objects.requireNonNull(userId, "userId");
    }

    /**
     * Sends brand details.
     *
     * @param brand the brand
     * @return this builder
     */
    public Builder brand(Brand brand) {
      this.brand = Optional.of(brand);
      return this;
    }

    /**
     * Assigns a plan (plan-based accounts only).
     *
     * @param planId for example {@code sp-01}
     * @return this builder
     */
    public Builder planId(String planId) {
      this.planId = Optional.of(planId);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the validated request
     */
    public LoginUserRequest build() {
      return new LoginUserRequest(userId, brand, planId);
    }
  }
}
