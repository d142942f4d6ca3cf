package dev.sivi4j.transport.httpclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.error.SiviException;
import dev.sivi4j.transport.httpclient.testing.Reply;
import dev.sivi4j.transport.httpclient.testing.ScriptedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the blocking client on HttpClient promises about errors beyond the transport contracts ({@link
 * SiviHttpClientContractTest} maps every documented error, the cap, refusals and deadlines): the key
 * never reaches an exception, even when the server echoes it.
 */
class SiviHttpClientErrorsTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-12345");

  private final ScriptedServer server = ScriptedServer.start();
  private HttpClientComponent component;

  private SiviClient client(SiviConfig config) {
    component = TestClients.component(config);
    return component.client();
  }

  @AfterEach
  void checkPoolAndClose() {
    if (component != null) {
      assertThat(component.transport().poolStats().orElseThrow().getLeased()).isZero();
      component.client().close();
    }
    server.close();
  }

  @Test
  void neverPutsTheKeyInAnErrorEvenWhenTheServerEchoesIt() {
    server.replyAlways(Reply.error(401, "bad key " + TestClients.SUPER_KEY));
    SiviClient sivi = client(TestClients.config(server, KeyKind.SUPER_USER).build());

    SiviException error = catchThrowableOfType(SiviException.class, () -> sivi.deleteUser(USER));

    assertThat(error.getMessage()).doesNotContain(TestClients.SUPER_KEY);
    assertThat(error.bodyExcerpt()).doesNotContain(TestClients.SUPER_KEY);
  }
}
