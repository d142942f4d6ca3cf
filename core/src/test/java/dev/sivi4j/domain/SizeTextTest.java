package dev.sivi4j.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SizeTextTest {
  /** The grammar as a regular expression, read with BigDecimal: the plain but slow statement of the rule. */
  private static final Pattern GRAMMAR =
      Pattern.compile("\\s*(\\d{1,15}(?:\\.\\d{1,6})?)\\s*([kKmMgGtT]?)[bB](?:ytes?)?\\s*");

  private static long reference(String text) {
    Matcher m = GRAMMAR.matcher(text);
    if (!m.matches()) {
      return -1;
    }
    int shift =
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "k" -> 10;
          case "m" -> 20;
          case "g" -> 30;
          case "t" -> 40;
          default -> 0;
        };
    BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1L << shift));
    return bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? -1 : bytes.longValue();
  }

  @Test
  void agreesWithTheRegularGrammarOnHundredThousandGeneratedTexts() {
    Random random = new Random(20261123L);
    String[] pieces = {
      " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", ".", "0", "1", "7", "9", "99999", "123456789012345",
      "k", "K", "m", "M", "g", "G", "t", "T", "b", "B", "yte", "ytes", "yt", "s", "x", "-", "e", "\u0661"
    };
    int mismatches = 0;
    int readable = 0;
    StringBuilder firstMismatch = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      String text = i % 2 == 0 ? grammatical(random) : noise(random, pieces);
      long bytes = SizeText.bytes(text);
      readable += bytes >= 0 ? 1 : 0;
      if (bytes != reference(text)) {
        if (mismatches++ == 0) {
          firstMismatch.append('"').append(text).append('"');
        }
      }
    }
    assertThat(mismatches).as("mismatches, first %s", firstMismatch).isZero();
    // Both sides of the grammar are exercised, not only texts that every reader rejects.
    assertThat(readable).isBetween(10_000, 90_000);
  }

  @Test
  void dropsFractionsOfAByteLikeTheRegularGrammar() {
    assertThat(SizeText.bytes("0.999999b")).isZero().isEqualTo(reference("0.999999b"));
    assertThat(SizeText.bytes("1.5Kb")).isEqualTo(1536);
    assertThat(SizeText.bytes("0.000001Tb")).isEqualTo(reference("0.000001Tb")).isEqualTo(1_099_511L);
  }

  @Test
  void readsTheLargestValuesAtTheEdgeOfALong() {
    assertThat(SizeText.bytes("8388607.999999Tb")).isEqualTo(reference("8388607.999999Tb")).isPositive();
    assertThat(SizeText.bytes("8388608 Tb")).isEqualTo(-1);
    assertThat(SizeText.bytes("999999999999999 Gb")).isEqualTo(-1).isEqualTo(reference("999999999999999 Gb"));
  }

  private static String grammatical(Random random) {
    StringBuilder text = new StringBuilder();
    blanks(random, text);
    int digits = 1 + random.nextInt(16);
    for (int d = 0; d < digits; d++) {
      text.append((char) ('0' + random.nextInt(10)));
    }
    if (random.nextBoolean()) {
      text.append('.');
      int decimals = random.nextInt(8);
      for (int d = 0; d < decimals; d++) {
        text.append((char) ('0' + random.nextInt(10)));
      }
    }
    blanks(random, text);
    text.append("kKmMgGtT  ".charAt(random.nextInt(10)));
    text.append(random.nextBoolean() ? 'b' : 'B');
    text.append(new String[] {"", "", "yte", "ytes", "yt"}[random.nextInt(5)]);
    blanks(random, text);
    return text.toString().replace("  ", " ");
  }

  private static void blanks(Random random, StringBuilder text) {
    int count = random.nextInt(3);
    for (int b = 0; b < count; b++) {
      text.append(" \t\r".charAt(random.nextInt(3)));
    }
  }

  private static String noise(Random random, String[] pieces) {
    StringBuilder text = new StringBuilder();
    int count = random.nextInt(7);
    for (int p = 0; p < count; p++) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}
