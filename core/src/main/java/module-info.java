/**
 * The sivi4j core: the client ports ({@link dev.sivi4j.SiviClient}, {@link dev.sivi4j.SiviAsyncClient}) and
 * their configuration, the domain values, the sealed error family and the outbound ports a transport or
 * codec implements. The request pipeline is internal: only sivi4j's own modules may reach it.
 *
 * @uses dev.sivi4j.spi.BlockingCallGuard to refuse blocking calls on threads that must never block
 */
module dev.sivi4j.core {
  requires transitive org.jspecify;
  requires org.slf4j;

  exports dev.sivi4j;
  exports dev.sivi4j.domain;
  exports dev.sivi4j.error;
  exports dev.sivi4j.spi;

  // Every client is assembled through dev.sivi4j.SiviClients; only the transport TCK's toString sweep
  // reaches into the pipeline's own types, to prove none of them prints the key.
  exports dev.sivi4j.internal.pipeline to
      dev.sivi4j.testkit.tck;
  exports dev.sivi4j.internal.client to
      dev.sivi4j.testkit.tck;

  uses dev.sivi4j.spi.BlockingCallGuard;
}
