package dev.sivi4j.json.gson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the seed corpus layout Jazzer's regression mode reads ({@code <ClassName>Inputs/} next to the
 * test class, one folder per target): a renamed target or moved folder would otherwise leave the
 * corpus silently unused.
 */
class FuzzCorpusTest {
  @Test
  void everyFuzzTargetHasItsOwnSeedsAndTheCorpusIsLarge() throws IOException, URISyntaxException {
    URL url = CodecFuzzTest.class.getResource(CodecFuzzTest.class.getSimpleName() + "Inputs");
    assertThat(url).as("corpus folder next to CodecFuzzTest on the test class path").isNotNull();
    Path corpus = Path.of(url.toURI());
    List<String> targets =
        Stream.of(CodecFuzzTest.class.getDeclaredMethods())
            .filter(m -> m.isAnnotationPresent(FuzzTest.class))
            .map(m -> m.getName())
            .collect(Collectors.toList());

    assertThat(targets).containsExactlyInAnyOrder(
        "envelope", "decodeMessage", "decodeLogin", "decodeAccountAnalysis", "decodeExport");
    for (String target : targets) {
      assertThat(files(corpus.resolve(target))).as("seeds of %s", target).isGreaterThanOrEqualTo(8);
    }
    try (Stream<Path> folders = Files.list(corpus)) {
      assertThat(folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
          .as("every corpus folder belongs to a target")
          .allMatch(targets::contains);
    }
    assertThat(files(corpus)).as("seed files in all").isGreaterThanOrEqualTo(50);
  }

  private static long files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).count();
    }
  }
}
