package dev.sivi4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrandTest {
  private static Brand.Builder acme() {
    return Brand.builder("Acme", "Rockets for everyone");
  }

  @Test
  void buildsAFullBrand() {
    BrandPersona persona = BrandPersona.builder().emotions("happy").build();
    Brand brand =
        acme()
            .url("https://acme.example")
            .logoUrl("http://cdn.acme.example/logo.png")
            .colors("#5662EC", "#fff")
            .fonts("Inter")
            .persona(persona)
            .build();
    assertThat(brand.name()).isEqualTo("Acme");
    assertThat(brand.description()).isEqualTo("Rockets for everyone");
    assertThat(brand.url()).hasValue("https://acme.example");
    assertThat(brand.logoUrl()).hasValue("http://cdn.acme.example/logo.png");
    assertThat(brand.colors()).containsExactly("#5662EC", "#fff");
    assertThat(brand.fonts()).containsExactly("Inter");
    assertThat(brand.persona()).contains(persona);
  }

  @Test
  void optionalPartsDefaultToEmpty() {
    Brand brand = acme().build();
    assertThat(brand.url()).isEmpty();
    assertThat(brand.logoUrl()).isEmpty();
    assertThat(brand.colors()).isEmpty();
    assertThat(brand.fonts()).isEmpty();
    assertThat(brand.persona()).isEmpty();
  }

  @Test
  void copiesListsSoLaterChangesDoNotLeakIn() {
    List<String> colors = new ArrayList<>(List.of("#000000"));
    Brand brand = new Brand("Acme", "Rockets", Optional.empty(), Optional.empty(), colors, List.of(), Optional.empty());
    colors.add("#ffffff");
    assertThat(brand.colors()).containsExactly("#000000");
  }

  @Test
  void rejectsBlankName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Brand.builder(" ", "desc").build())
        .withMessage("brand.brandName must not be blank");
  }

  @Test
  void rejectsNullDescriptionNamingIt() {
    assertThatNullPointerException().isThrownBy(() -> Brand.builder("Acme", null).build()).withMessage("brand.brandDescription");
  }

  @Test
  void rejectsTooLongDescription() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Brand.builder("Acme", "d".repeat(2001)).build())
        .withMessage("brand.brandDescription must be at most 2000 characters (was 2001)");
  }

  @Test
  void rejectsControlCharactersInTheName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Brand.builder("Ac\nme", "desc").build())
        .withMessage("brand.brandName must not contain control characters (found U+000A at index 2)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"#5662EC", "#5662ec", "#FFF", "#000"})
  void acceptsHexColours(String colour) {
    assertThat(acme().colors(colour).build().colors()).containsExactly(colour);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5662EC", "#GGGGGG", "#12345", "#1234", "red", "#-12345"})
  void rejectsColoursThatAreNotHex(String colour) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> acme().colors("#000000", colour).build())
        .withMessage("brand.brandColors[1] must be a hex colour like #5662EC (was \"" + colour + "\")");
  }

  @Test
  void rejectsColourLongerThanSevenCharacters() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> acme().colors("#5662ECFF").build())
        .withMessage("brand.brandColors[0] must be at most 7 characters (was 9)");
  }

  @Test
  void rejectsMoreThanTwentyColours() {
    String[] colours = Collections.nCopies(21, "#000").toArray(String[]::new);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> acme().colors(colours).build())
        .withMessage("brand.brandColors must have at most 20 entries (was 21)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://acme.example", "http://acme.example/path?q=1", "HTTPS://ACME.EXAMPLE"})
  void acceptsHttpAndHttpsUrls(String url) {
    assertThat(acme().url(url).logoUrl(url).build().url()).hasValue(url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://acme.example", "javascript:alert(1)", "/logo.png", "acme.example", "data:image/png;base64,AAAA"})
  void rejectsUrlsThatAreNotAbsoluteHttp(String url) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> acme().url(url).build())
        .withMessage("brand.brandUrl must be an absolute http(s) URL (was \"" + url + "\")");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> acme().logoUrl(url).build())
        .withMessage("brand.brandLogo must be an absolute http(s) URL (was \"" + url + "\")");
  }

  @Test
  void rejectsUnparsableUrlNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> acme().logoUrl("https://acme example/logo.png").build())
        .withMessageStartingWith("brand.brandLogo is not a valid URL");
  }

  @Test
  void rejectsBlankFont() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> acme().fonts("Inter", "").build())
        .withMessage("brand.brandFonts[1] must not be blank");
  }
}
