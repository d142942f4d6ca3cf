package dev.sivi4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbstractUserIdTest {
  @ParameterizedTest
  @ValueSource(strings = {"user-12345", "a", "ünïcødé-用户", "has inner space", "email@example.com"})
  void acceptsOrdinaryIds(String value) {
    assertThat(AbstractUserId.of(value).value()).isEqualTo(value);
    assertThat(AbstractUserId.of(value)).hasToString(value);
  }

  @Test
  void equalIdsAreEqual() {
    assertThat(AbstractUserId.of("u1")).isEqualTo(new AbstractUserId("u1")).isNotEqualTo(AbstractUserId.of("u2"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\t", "   "})
  void rejectsBlankId(String value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AbstractUserId.of(value))
        .withMessage("abstractUserId must not be blank");
  }

  @Test
  void rejectsNullIdNamingIt() {
    assertThatNullPointerException().isThrownBy(() -> AbstractUserId.of(null)).withMessage("abstractUserId");
  }

  @Test
  void rejectsIdLongerThanTheMaximum() {
    assertThat(AbstractUserId.of("x".repeat(AbstractUserId.MAX_LENGTH)).value()).hasSize(256);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AbstractUserId.of("x".repeat(257)))
        .withMessage("abstractUserId must be at most 256 characters (was 257)");
  }

  @ParameterizedTest
  @ValueSource(ints = {0x0D, 0x0A, 0x09, 0x00, 0x1B, 0x7F, 0x85, 0x9F})
  void rejectsControlCharactersNamingTheCharacterAndIndex(int controlCharacter) {
    String value = "user" + (char) controlCharacter + "1";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AbstractUserId.of(value))
        .withMessage(
            String.format("abstractUserId must not contain control characters (found U+%04X at index 4)", controlCharacter));
  }

  @ParameterizedTest
  @ValueSource(strings = {" user", "user ", "\u2003user", "user\u3000"})
  void rejectsLeadingOrTrailingWhitespace(String value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AbstractUserId.of(value))
        .withMessage("abstractUserId must not start or end with whitespace (was \"" + value + "\")");
  }
}
