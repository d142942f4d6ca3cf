package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.sivi4j.internal.fakes.Replies;
import dev.sivi4j.internal.fakes.ScriptedAsyncTransport;
import dev.sivi4j.internal.fakes.ScriptedTransport;
import dev.sivi4j.internal.fakes.ThreadFlagGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A module can forbid blocking calls on its threads (Vert.x event loops); the async path stays open. */
class BlockingCallGuardTest {
  private final Harness harness = new Harness(Driver.BLOCKING);

  @AfterEach
  void allowBlockingAgain() {
    ThreadFlagGuard.allow();
  }

  @Test
  void blockingCallOnAForbiddenThreadFailsBeforeSending() {
    ThreadFlagGuard.forbid("the current thread is a Vert.x event loop");
    assertThatIllegalStateException()
        .isThrownBy(() -> harness.pipeline.execute(harness.delete(), new ScriptedTransport(harness.script)))
        .withMessage(
            "deleteUser is a blocking call and the current thread is a Vert.x event loop; "
                + "use the non-blocking client (VertxSiviClient or SiviAsyncClient) here");
    assertThat(harness.requests()).isEmpty();
  }

  @Test
  void asyncCallOnAForbiddenThreadIsAllowed() {
    ThreadFlagGuard.forbid("the current thread is a Vert.x event loop");
    harness.replies(Replies.ok());
    assertThat(harness.pipeline.executeAsync(harness.delete(), new ScriptedAsyncTransport(harness.script, harness.scheduler)))
        .isCompletedWithValue("Successfully done");
  }

  @Test
  void blockingCallElsewhereIsAllowed() {
    harness.replies(Replies.ok());
    assertThat(harness.pipeline.execute(harness.delete(), new ScriptedTransport(harness.script))).isEqualTo("Successfully done");
  }
}
