/** Internal to sivi4j: no compatibility promise; do not use. */
@NullMarked
package dev.sivi4j.transport.httpclient.internal;

import org.jspecify.annotations.NullMarked;
