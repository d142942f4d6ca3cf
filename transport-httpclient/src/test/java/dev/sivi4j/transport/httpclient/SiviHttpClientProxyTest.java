package dev.sivi4j.transport.httpclient;

import dev.sivi4j.testkit.tck.ProxyContract;

/** {@link SiviHttpClient} through a real forward proxy (tinyproxy) on loopback. */
class SiviHttpClientProxyTest extends ProxyContract {
  SiviHttpClientProxyTest() {
    super(new ApacheClientsUnderTest());
  }
}
