package dev.sivi4j.transport.vertx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RequestTargetTest {
  @Test
  void httpsWithoutAPortGoesTo443WithSsl() {
    assertThat(RequestTarget.of(URI.create("https://connect.sivi.ai/api/prod/v2/user/login-user")))
        .isEqualTo(new RequestTarget(true, 443, "connect.sivi.ai", "/api/prod/v2/user/login-user"));
  }

  @Test
  void httpKeepsItsPortAndRawQuery() {
    assertThat(RequestTarget.of(URI.create("http://127.0.0.1:8080/api/a%20b?x=1&y=%2F")))
        .isEqualTo(new RequestTarget(false, 8080, "127.0.0.1", "/api/a%20b?x=1&y=%2F"));
  }

  @Test
  void httpWithoutAPortGoesTo80AndAnEmptyPathToTheRoot() {
    assertThat(RequestTarget.of(URI.create("http://localhost"))).isEqualTo(new RequestTarget(false, 80, "localhost", "/"));
  }

  @Test
  void rejectsOtherSchemesAndMissingHosts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RequestTarget.of(URI.create("ftp://example.com/x")))
        .withMessageContaining("ftp://example.com/x");
    assertThatIllegalArgumentException().isThrownBy(() -> RequestTarget.of(URI.create("/relative/path")));
  }

  @Test
  void cacheRemembersAHandfulOfUrisAndParsesTheRestEachTime() {
    RequestTarget.Cache cache = new RequestTarget.Cache();
    for (int i = 0; i < RequestTarget.Cache.MAX_CACHED + 10; i++) {
      URI uri = URI.create("http://127.0.0.1:8080/op" + i);
      assertThat(cache.of(uri).path()).isEqualTo("/op" + i);
    }

    assertThat(cache.size()).isEqualTo(RequestTarget.Cache.MAX_CACHED);
  }
}
