/**
 * A transport of your own: {@link dev.sivi4j.examples.transport.JdkHttpTransport} sends sivi4j's requests
 * with the JDK's {@code java.net.http.HttpClient}, written on sivi4j's public API only (the {@link
 * dev.sivi4j.spi.SiviTransport} port), and becomes a client through the public assembly seam:
 *
 * <pre>{@code
 * SiviClient sivi = SiviClients.blocking(config, JdkHttpTransport.create(config), GsonSiviCodec.create());
 * }</pre>
 *
 * <p>Its tests run the transport TCK ({@code sivi4j-testkit-tck}) through it, as a team writing a
 * transport would.
 */
@NullMarked
package dev.sivi4j.examples.transport;

import org.jspecify.annotations.NullMarked;
