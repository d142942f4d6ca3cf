/**
 * The blocking sivi4j client on Apache HttpClient 5: start with {@link
 * dev.sivi4j.transport.httpclient.SiviHttpClient#create(dev.sivi4j.SiviConfig)}.
 */
@NullMarked
package dev.sivi4j.transport.httpclient;

import org.jspecify.annotations.NullMarked;
