/**
 * The blocking sivi4j client on Apache HttpClient 5: {@link
 * dev.sivi4j.transport.httpclient.SiviHttpClient#create(dev.sivi4j.SiviConfig)}. HttpClient is required
 * transitively because a caller may hand the builder its own {@code CloseableHttpClient}.
 */
module dev.sivi4j.transport.httpclient {
  requires transitive dev.sivi4j.core;
  requires transitive org.apache.httpcomponents.client5.httpclient5;
  // SiviHttpClient.quietConnections() returns HttpCore's HttpConnectionFactory.
  requires transitive org.apache.httpcomponents.core5.httpcore5;
  requires dev.sivi4j.json.gson;
  requires dagger;
  requires jakarta.inject;
  requires org.slf4j;
  // HttpClient links jdk.net.Sockets (socket options); as an automatic module it declares no requires, so
  // without this line jdk.net would be missing from the module graph and its connections would not open.
  requires jdk.net;
  // Dagger marks its generated classes @javax.annotation.processing.Generated (source retention).
  requires static java.compiler;

  exports dev.sivi4j.transport.httpclient;
}
