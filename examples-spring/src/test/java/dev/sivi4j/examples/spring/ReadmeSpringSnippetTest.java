package dev.sivi4j.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's Spring Boot snippet true: the {@code ```java} block after {@code <!-- snippet:
 * spring -->} equals the region between {@code // README:spring:start} and {@code // README:spring:end}
 * of {@link UserProvisioningService}, up to indentation.
 */
class ReadmeSpringSnippetTest {
  @Test
  void readmeShowsTheServiceAsItIs() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int marker = readme.indexOf("<!-- snippet: spring -->");
    assertThat(marker).as("the README's Spring Boot snippet").isNotNegative();
    assertThat(readme.get(marker + 1)).isEqualTo("```java");
    int end = marker + 2;
    while (!readme.get(end).equals("```")) {
      end++;
    }
    List<String> source =
        Files.readAllLines(
            Path.of("src", "main", "java", "dev", "sivi4j", "examples", "spring", "UserProvisioningService.java"),
            StandardCharsets.UTF_8);
    int start = indexOfStripped(source, "// README:spring:start");
    int stop = indexOfStripped(source, "// README:spring:end");
    assertThat(start).isNotNegative().isLessThan(stop);

    assertThat(normalize(readme.subList(marker + 2, end))).isEqualTo(normalize(source.subList(start + 1, stop)));
  }

  private static int indexOfStripped(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(text)) {
        return i;
      }
    }
    return -1;
  }

  private static String normalize(List<String> lines) {
    int indent =
        lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream()
        .map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
        .collect(Collectors.joining("\n"));
  }
}
