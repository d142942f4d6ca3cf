package dev.sivi4j.testkit.internal.engine;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** The master accounts of one fake, by id and by key. */
final class AccountBook {
  private final Map<String, MasterAccount> byId = new ConcurrentHashMap<>();
  private final Map<String, AccountKey> byKey = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  String nextId() {
    return "acct-" + next.incrementAndGet();
  }

  /** Adds an account reached through its first key; fails if the key is already taken. */
  synchronized void add(AccountKey key) {
    addKey(key);
    byId.put(key.account.accountId, key.account);
  }

  /** Adds another key to an account; fails if the key is already taken. */
  synchronized void addKey(AccountKey key) {
    if (byKey.containsKey(key.secret)) {
      throw new IllegalArgumentException("secret is already a key of this fake");
    }
    byKey.put(key.secret, key);
  }

  @Nullable AccountKey byKey(@Nullable String key) {
    return key == null ? null : byKey.get(key);
  }

  Collection<AccountKey> keys() {
    return byKey.values();
  }

  MasterAccount byId(String accountId) {
    MasterAccount account = byId.get(accountId);
    if (account == null) {
      throw new IllegalArgumentException("account " + accountId + " does not belong to this fake");
    }
    return account;
  }

  Collection<MasterAccount> all() {
    return byId.values();
  }
}
