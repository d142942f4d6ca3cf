package dev.sivi4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyKindTest {
  @Test
  void eachKindCallsItsOwnPathFamily() {
    assertThat(KeyKind.SUPER_USER.pathPrefix()).isEqualTo("super");
    assertThat(KeyKind.ENTERPRISE_ADMIN.pathPrefix()).isEqualTo("enterprise");
  }

  @Test
  void environmentsPointAtTheDocumentedBaseUrls() {
    assertThat(SiviEnvironment.PRODUCTION.baseUrl()).hasToString("https://connect.sivi.ai/api/prod/v2");
    assertThat(SiviEnvironment.STAGING.baseUrl()).hasToString("https://connect.sivi.ai/api/staging/v2");
  }
}
