package dev.sivi4j.testkit.tck;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Certificates made in the test, with nothing but the JDK: EC P-256 keys, and X.509 v3 certificates
 * written in DER by hand (the JDK can read and verify them, but has no public API to issue them). Enough
 * for a test CA and the leaf certificates of the TLS faults: valid, expired, or for another host.
 */
final class Certificates {
  private static final char[] PASSWORD = "contract".toCharArray();
  private static final byte[] ECDSA_WITH_SHA256 = oid(1, 2, 840, 10045, 4, 3, 2);
  private static final byte[] COMMON_NAME = oid(2, 5, 4, 3);
  private static final byte[] SUBJECT_ALT_NAME = oid(2, 5, 29, 17);
  private static final byte[] BASIC_CONSTRAINTS = oid(2, 5, 29, 19);
  private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

  /** A key pair and its certificate. */
  record Issued(KeyPair keys, X509Certificate certificate, String name) {}

  private Certificates() {}

  /** A self-signed CA certificate, valid from a day ago to a day ahead. */
  static Issued authority(String name) {
    KeyPair keys = newKeys();
    Instant now = Instant.now();
    byte[] extensions = extension(BASIC_CONSTRAINTS, true, seq(bool()));
    return sign(keys, name, keys, name, now.minusSeconds(86_400), now.plusSeconds(86_400), extensions);
  }

  /** A self-signed server certificate for 127.0.0.1, valid now; trusted by no one. */
  static Issued selfSignedForLoopback() {
    KeyPair keys = newKeys();
    Instant now = Instant.now();
    return sign(keys, "127.0.0.1", keys, "127.0.0.1", now.minusSeconds(86_400), now.plusSeconds(86_400), loopbackNames());
  }

  /** A server certificate for 127.0.0.1 issued by {@code issuer}, valid in the given window. */
  static Issued loopbackLeaf(Issued issuer, Instant notBefore, Instant notAfter) {
    return sign(newKeys(), "127.0.0.1", issuer.keys(), issuer.name(), notBefore, notAfter, loopbackNames());
  }

  /** A server certificate for {@code host} only, issued by {@code issuer}, valid now. */
  static Issued leafFor(Issued issuer, String host) {
    Instant now = Instant.now();
    byte[] names = extension(SUBJECT_ALT_NAME, false, seq(tlv(0x82, host.getBytes(StandardCharsets.US_ASCII))));
    return sign(newKeys(), host, issuer.keys(), issuer.name(), now.minusSeconds(86_400), now.plusSeconds(86_400), names);
  }

  /** A TLS server context presenting {@code leaf} and the chain above it. */
  static SSLContext serverContext(Issued leaf, X509Certificate... above) {
    try {
      X509Certificate[] chain = new X509Certificate[above.length + 1];
      chain[0] = leaf.certificate();
      System.arraycopy(above, 0, chain, 1, above.length);
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("server", leaf.keys().getPrivate(), PASSWORD, chain);
      KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build the test server's TLS context", e);
    }
  }

  /** A trust store holding only {@code trusted}. */
  static KeyStore trustStore(X509Certificate trusted) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry("trusted", trusted);
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build the test trust store", e);
    }
  }

  private static byte[] loopbackNames() {
    byte[] ip = InetAddress.getLoopbackAddress().getAddress();
    byte[] names = seq(tlv(0x87, ip), tlv(0x82, "localhost".getBytes(StandardCharsets.US_ASCII)));
    return extension(SUBJECT_ALT_NAME, false, names);
  }

  private static KeyPair newKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no EC P-256 keys in this JDK", e);
    }
  }

  private static Issued sign(
      KeyPair subjectKeys, String subject, KeyPair issuerKeys, String issuer, Instant notBefore, Instant notAfter,
      byte[] extensions) {
    byte[] algorithm = seq(ECDSA_WITH_SHA256);
    byte[] tbs =
        seq(
            tlv(0xA0, integer(BigInteger.TWO)),
            integer(BigInteger.valueOf(SERIALS.incrementAndGet())),
            algorithm,
            name(issuer),
            seq(time(notBefore), time(notAfter)),
            name(subject),
            subjectKeys.getPublic().getEncoded(),
            tlv(0xA3, seq(extensions)));
    try {
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(issuerKeys.getPrivate());
      signer.update(tbs);
      byte[] signature = signer.sign();
      byte[] der = seq(tbs, algorithm, bitString(signature));
      X509Certificate certificate =
          (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
      certificate.verify(issuerKeys.getPublic());
      return new Issued(subjectKeys, certificate, subject);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot issue a test certificate", e);
    }
  }

  private static byte[] name(String commonName) {
    byte[] attribute = seq(COMMON_NAME, tlv(0x0C, commonName.getBytes(StandardCharsets.UTF_8)));
    return seq(tlv(0x31, attribute));
  }

  private static byte[] extension(byte[] oid, boolean critical, byte[] value) {
    return critical ? seq(oid, bool(), tlv(0x04, value)) : seq(oid, tlv(0x04, value));
  }

  private static byte[] time(Instant instant) {
    return tlv(0x17, UTC_TIME.format(instant).getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] integer(BigInteger value) {
    return tlv(0x02, value.toByteArray());
  }

  private static byte[] bool() {
    return new byte[] {0x01, 0x01, (byte) 0xFF};
  }

  private static byte[] bitString(byte[] bits) {
    byte[] content = new byte[bits.length + 1];
    System.arraycopy(bits, 0, content, 1, bits.length);
    return tlv(0x03, content);
  }

  private static byte[] oid(int... arcs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(40 * arcs[0] + arcs[1]);
    for (int i = 2; i < arcs.length; i++) {
      int arc = arcs[i];
      int shift = 28;
      while (shift > 0 && (arc >>> shift) == 0) {
        shift -= 7;
      }
      for (; shift > 0; shift -= 7) {
        out.write(0x80 | ((arc >>> shift) & 0x7F));
      }
      out.write(arc & 0x7F);
    }
    return tlv(0x06, out.toByteArray());
  }

  private static byte[] seq(byte[]... parts) {
    return tlv(0x30, parts);
  }

  private static byte[] tlv(int tag, byte[]... parts) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      content.writeBytes(part);
    }
    int length = content.size();
    ByteArrayOutputStream out = new ByteArrayOutputStream(length + 6);
    out.write(tag);
    if (length < 0x80) {
      out.write(length);
    } else {
      int bytes = length < 0x100 ? 1 : length < 0x10000 ? 2 : 3;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write(length >>> (8 * i));
      }
    }
    out.writeBytes(content.toByteArray());
    return out.toByteArray();
  }
}
