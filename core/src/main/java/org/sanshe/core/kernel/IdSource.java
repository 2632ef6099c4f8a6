package org.sanshe.core.kernel;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A source of new identifiers, injected into everything that creates an aggregate, event or
 * transfer, so that domain code never calls {@code UUID.randomUUID()} itself and tests can be
 * deterministic. Implementations must be thread-safe and never return the same id twice.
 */
@FunctionalInterface
public interface IdSource {

  /**
   * Returns a new identifier.
   *
   * @return a non-null, never repeated id
   */
  String nextId();

  /**
   * Returns random version-4 UUIDs from a {@link SecureRandom}: the production default.
   *
   * @return a thread-safe source
   */
  static IdSource randomUuids() {
    SecureRandom random = new SecureRandom();
    return () -> {
      byte[] b = new byte[16];
      synchronized (random) {
        random.nextBytes(b);
      }
      b[6] = (byte) ((b[6] & 0x0f) | 0x40);
      b[8] = (byte) ((b[8] & 0x3f) | 0x80);
      long hi = 0;
      long lo = 0;
      for (int i = 0; i < 8; i++) {
        hi = (hi << 8) | (b[i] & 0xff);
        lo = (lo << 8) | (b[i + 8] & 0xff);
      }
      return new UUID(hi, lo).toString();
    };
  }

  /**
   * Returns {@code prefix-1}, {@code prefix-2}, ...: deterministic ids for tests and examples.
   *
   * @param prefix the prefix, not null
   * @return a thread-safe source
   */
  static IdSource sequential(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    AtomicLong next = new AtomicLong();
    return () -> prefix + "-" + next.incrementAndGet();
  }
}
