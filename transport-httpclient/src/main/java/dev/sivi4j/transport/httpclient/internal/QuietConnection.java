package dev.sivi4j.transport.httpclient.internal;

import java.io.IOException;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultHttpResponseParserFactory;
import org.apache.hc.core5.http.impl.io.SocketHolder;

/**
 * HttpClient's pooled connection without its two DEBUG logs that print the API key: the wire log (every
 * byte sent, bound in {@code bind}) and the header log ({@code Header.toString()} shows a sensitive
 * header's value). It also parses responses strictly, so bytes that are not HTTP are a protocol error
 * rather than lines HttpClient's lenient parser skips until the close reads as "no response".
 */
final class QuietConnection extends DefaultManagedHttpClientConnection {
  QuietConnection(String id) {
    super(id, null, null, Http1Config.DEFAULT, null, null, null, DefaultHttpResponseParserFactory.INSTANCE);
  }

  @Override
  public void bind(Socket socket) throws IOException {
    bind(new SocketHolder(socket));
  }

  @Override
  public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
    bind(new SocketHolder(sslSocket, socket));
  }

  @Override
  protected void onRequestSubmitted(ClassicHttpRequest request) {
    // Deliberately silent: the header log would print sivi-api-key.
  }
}
