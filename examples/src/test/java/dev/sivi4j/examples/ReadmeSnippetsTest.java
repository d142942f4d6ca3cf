package dev.sivi4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's quick starts true: every {@code ```java} block under a "Quick start" heading names
 * a region of this module's sources (the line {@code <!-- snippet: NAME -->} just before the block) and
 * must equal that region, between the lines {@code // README:NAME:start} and {@code // README:NAME:end},
 * up to indentation. The regions compile and are tested, so the README cannot drift from working code.
 * To change a snippet, change the example, then paste the region into the README.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final List<Path> SOURCE_ROOTS =
      List.of(Path.of("src", "main", "java"), Path.of("src", "test", "java"));
  private static final List<String> QUICK_STARTS =
      List.of("## Quick start (blocking)", "## Quick start (Vert.x)", "## Quick start (testkit)");
  private static final Pattern MARKER = Pattern.compile("\\s*// README:([a-z0-9-]+):(start|end)\\s*");
  private static final Pattern SNIPPET_NAME = Pattern.compile("<!-- snippet: ([a-z0-9-]+) -->");

  /** One {@code ```java} block of a quick start. */
  private record Block(String section, int line, String name, String code) {}

  @Test
  void everyQuickStartBlockEqualsItsRegionInTheExamples() {
    Map<String, String> regions = regions();
    List<Block> blocks = quickStartBlocks();

    assertThat(blocks).extracting(Block::section).containsAll(QUICK_STARTS);
    for (Block block : blocks) {
      assertThat(regions).as("README.md:%d names region '%s', which no example marks", block.line(), block.name())
          .containsKey(block.name());
      assertThat(block.code())
          .as("README.md:%d (%s) must equal the region '%s' of the examples",
              block.line(), block.section(), block.name())
          .isEqualTo(regions.get(block.name()));
    }
  }

  @Test
  void everyRegionIsShownInTheReadmeOnce() {
    assertThat(quickStartBlocks()).extracting(Block::name).containsExactlyInAnyOrderElementsOf(regions().keySet());
  }

  private static List<Block> quickStartBlocks() {
    List<String> lines = read(README);
    List<Block> blocks = new ArrayList<>();
    String section = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("```")) {
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).strip().equals("```")) {
          end++;
        }
        assertThat(end).as("README.md:%d: a code block is never closed", i + 1).isLessThan(lines.size());
        if (QUICK_STARTS.contains(section) && line.strip().equals("```java")) {
          blocks.add(new Block(section, i + 1, snippetName(lines, i), normalize(lines.subList(i + 1, end))));
        }
        i = end;   // a '#' inside a code block is not a heading
      } else if (line.startsWith("#")) {
        section = line.strip();
      }
    }
    return blocks;
  }

  /** The name on the line before the block's fence, blank lines aside. */
  private static String snippetName(List<String> lines, int fence) {
    int before = fence - 1;
    while (before >= 0 && lines.get(before).isBlank()) {
      before--;
    }
    Matcher name = before < 0 ? null : SNIPPET_NAME.matcher(lines.get(before).strip());
    if (name == null || !name.matches()) {
      fail("README.md:%d: a quick-start java block needs a '<!-- snippet: NAME -->' line before it", fence + 1);
    }
    return name.group(1);
  }

  /** Every marked region of the examples' sources, by name, normalized. */
  private static Map<String, String> regions() {
    Map<String, String> regions = new LinkedHashMap<>();
    for (Path root : SOURCE_ROOTS) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(file -> collect(file, regions));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return regions;
  }

  private static void collect(Path file, Map<String, String> regions) {
    List<String> lines = read(file);
    String open = null;
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      Matcher marker = MARKER.matcher(lines.get(i));
      if (!marker.matches()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      if (marker.group(2).equals("start")) {
        assertThat(open).as("%s opens '%s' inside region '%s'", where, marker.group(1), open).isNull();
        open = marker.group(1);
        start = i + 1;
      } else {
        assertThat(marker.group(1)).as("%s closes a region that is not open", where).isEqualTo(open);
        String previous = regions.put(open, normalize(lines.subList(start, i)));
        assertThat(previous).as("%s: region '%s' is marked twice", where, open).isNull();
        open = null;
      }
    }
    assertThat(open).as("%s: region '%s' is never closed", file, open).isNull();
  }

  /** The lines without their common indentation, trailing spaces or surrounding blank lines. */
  private static String normalize(List<String> lines) {
    int indent = lines.stream()
        .filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length())
        .min()
        .orElse(0);
    return String.join("\n", lines.stream()
            .map(line -> line.isBlank() ? "" : line.substring(indent).stripTrailing())
            .toList())
        .strip();
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
