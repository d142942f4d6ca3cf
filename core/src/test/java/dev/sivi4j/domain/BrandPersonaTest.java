package dev.sivi4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrandPersonaTest {
  @Test
  void everyFieldIsOptional() {
    BrandPersona persona = BrandPersona.builder().build();
    assertThat(persona.emotions()).isEmpty();
    assertThat(persona.industry()).isEmpty();
    assertThat(persona.audience()).isEmpty();
    assertThat(persona.designTags()).isEmpty();
  }

  @Test
  void keepsNewIdsTheServiceMayAdd() {
    BrandPersona persona =
        BrandPersona.builder()
            .emotions("happy", "brand-new-emotion")
            .industry("games")
            .audience("working mom")
            .designTags("minimal")
            .build();
    assertThat(persona.emotions()).containsExactly("happy", "brand-new-emotion");
    assertThat(persona.industry()).hasValue("games");
    assertThat(persona.audience()).containsExactly("working mom");
    assertThat(persona.designTags()).containsExactly("minimal");
  }

  @Test
  void rejectsBlankEmotion() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BrandPersona.builder().emotions("happy", " ").build())
        .withMessage("brandPersona.emotions[1] must not be blank");
  }

  @Test
  void rejectsBlankIndustry() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BrandPersona.builder().industry("").build())
        .withMessage("brandPersona.industry must not be blank");
  }

  @Test
  void rejectsTooLongAudience() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BrandPersona.builder().audience("a".repeat(201)).build())
        .withMessage("brandPersona.audience[0] must be at most 200 characters (was 201)");
  }

  @Test
  void rejectsMoreThanFiftyDesignTags() {
    String[] tags = Collections.nCopies(51, "tag").toArray(String[]::new);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BrandPersona.builder().designTags(tags).build())
        .withMessage("brandPersona.designTags must have at most 50 entries (was 51)");
  }

  @Test
  void rejectsControlCharactersInTags() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BrandPersona.builder().designTags("bold\u0007").build())
        .withMessage("brandPersona.designTags[0] must not contain control characters (found U+0007 at index 4)");
  }

  @Test
  void rejectsNullListNamingIt() {
    assertThatNullPointerException()
        .isThrownBy(() -> new BrandPersona(List.of(), Optional.empty(), null, List.of()))
        .withMessage("brandPersona.audience");
  }
}
