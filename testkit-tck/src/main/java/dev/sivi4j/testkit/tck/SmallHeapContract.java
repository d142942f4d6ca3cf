package dev.sivi4j.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.error.SiviResponseException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault F18 under memory pressure: a child JVM with a 64 MiB heap calls loopback servers that stream a
 * 100 MiB body (one declaring its length, one chunked without it) with the default 1 MiB cap, and must
 * get {@link SiviResponseException} {@code BODY_TOO_LARGE} each time, with no {@link OutOfMemoryError}.
 *
 * <p>A transport provides the child's main class, which calls {@link #runChild(String[], Function)}
 * with a factory of its clients and exits with the code that returns.
 */
public abstract class SmallHeapContract {
  /** The size of the body the servers stream. */
  public static final long BODY_BYTES = 100L << 20;

  private static final String HEAP = "-Xmx64m";

  /** For subclasses. */
  protected SmallHeapContract() {}

  /**
   * The child JVM's main class: its {@code main(String[] args)} must end with {@code
   * System.exit(SmallHeapContract.runChild(args, factory))}. It runs on this JVM's class path.
   *
   * @return the class
   */
  protected abstract Class<?> childMain();

  @Test
  void hundredMebibyteBodiesEndAtTheCapUnderASixtyFourMebibyteHeap(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("child-report.txt");
    try (ScriptedSivi declared = ScriptedSivi.start(ScriptedSivi.oversized(BODY_BYTES));
        RawServer chunked = RawServer.plain(RawServer.chunkedBody(BODY_BYTES))) {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      List<String> command = new ArrayList<>(List.of(
          java.toString(), HEAP, "-XX:+ExitOnOutOfMemoryError", "-Djava.net.preferIPv4Stack=true",
          "-cp", System.getProperty("java.class.path"), childMain().getName(),
          report.toString(), declared.baseUri().toString(), chunked.baseUri().toString()));
      Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child-output.txt").toFile()).start();
      boolean ended = child.waitFor(60, TimeUnit.SECONDS);
      if (!ended) {
        child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      String said = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "(no report)";
      String output = Files.readString(dir.resolve("child-output.txt"), StandardCharsets.UTF_8);
      Canary.scan("small-heap child output", output);

      assertThat(ended).as("the child ended within 60 s; it said: %s", said).isTrue();
      assertThat(child.exitValue()).as("the child's exit code (3 = out of memory); it said: %s; output: %s", said, tail(output))
          .isZero();
      assertThat(declared.requests()).hasSize(1);
      assertThat(chunked.requests()).isEqualTo(1);
    }
  }

  /**
   * The child's side: calls each server once with a client from {@code clients} and the default cap,
   * writing what happened to the report file named by {@code args[0]}.
   *
   * @param args the report file, then the base URLs of the servers
   * @param clients makes a client of the transport under test
   * @return 0 if every call failed with {@code BODY_TOO_LARGE}; 1 if one ended otherwise; 3 on an
   *     {@link OutOfMemoryError}
   * @throws IOException if the report cannot be written
   */
  public static int runChild(String[] args, Function<SiviConfig, SiviClient> clients) throws IOException {
    StringBuilder report = new StringBuilder("max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB\n");
    int code = 0;
    for (int i = 1; i < args.length; i++) {
      SiviConfig config = TransportContract.config(URI.create(args[i]), KeyKind.SUPER_USER).build();
      try (SiviClient client = clients.apply(config)) {
        client.deleteUser(TransportContract.USER);
        report.append(args[i]).append(": returned normally\n");
        code = 1;
      } catch (SiviResponseException e) {
        boolean right = e.reason() == SiviResponseException.Reason.BODY_TOO_LARGE;
        report.append(args[i]).append(right ? ": BODY_TOO_LARGE\n" : ": " + e + "\n");
        code = right ? code : 1;
      } catch (OutOfMemoryError e) {
        report.append(args[i]).append(": out of memory\n");
        code = 3;
        break;
      } catch (RuntimeException e) {
        report.append(args[i]).append(": ").append(TransportContract.describe(e)).append('\n');
        code = 1;
      }
    }
    report.append("heap used after the calls ")
        .append((Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1 << 20)).append(" MiB\n");
    Files.writeString(Path.of(args[0]), report, StandardCharsets.UTF_8);
    return code;
  }

  private static String tail(String output) {
    return output.length() > 2000 ? output.substring(output.length() - 2000) : output;
  }
}
