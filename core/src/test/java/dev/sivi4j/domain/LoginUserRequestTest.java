package dev.sivi4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginUserRequestTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-1");

  @Test
  void ofSendsOnlyTheUser() {
    LoginUserRequest request = LoginUserRequest.of(USER);
    assertThat(request.userId()).isEqualTo(USER);
    assertThat(request.brand()).isEmpty();
    assertThat(request.planId()).isEmpty();
  }

  @Test
  void builderSetsBrandAndPlan() {
    Brand brand = Brand.builder("Acme", "Rockets").build();
    LoginUserRequest request = LoginUserRequest.builder(USER).brand(brand).planId("sp-01").build();
    assertThat(request.brand()).contains(brand);
    assertThat(request.planId()).hasValue("sp-01");
  }

  @Test
  void rejectsMissingUserNamingIt() {
    assertThatNullPointerException().isThrownBy(() -> LoginUserRequest.of(null)).withMessage("userId");
    assertThatNullPointerException().isThrownBy(() -> LoginUserRequest.builder(null)).withMessage("userId");
  }

  @Test
  void rejectsBlankPlanId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LoginUserRequest.builder(USER).planId(" ").build())
        .withMessage("planId must not be blank");
  }

  @Test
  void rejectsTooLongPlanId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new LoginUserRequest(USER, Optional.empty(), Optional.of("p".repeat(101))))
        .withMessage("planId must be at most 100 characters (was 101)");
  }

  @Test
  void rejectsPlanIdWithALineBreak() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LoginUserRequest.builder(USER).planId("sp-01\r\n").build())
        .withMessage("planId must not contain control characters (found U+000D at index 5)");
  }
}
